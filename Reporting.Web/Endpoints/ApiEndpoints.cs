using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reporting.Core.Domain;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Web.Pages;

namespace Reporting.Web.Endpoints;

/// <summary>The JSON of <c>targets --format json</c> and <c>figures --format json</c>, written by the same writer for
/// the same arguments, so the bytes are the same.</summary>
internal static class ApiEndpoints
{
    public const string JsonType = "application/json; charset=utf-8";

    private static readonly (string Parameter, ScopeKind Kind)[] Scopes =
    [
        ("project", ScopeKind.Project),
        ("program", ScopeKind.Program),
        ("funder", ScopeKind.Funder),
        ("recipient", ScopeKind.Recipient),
        ("region", ScopeKind.Region),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/targets", Targets);
        app.MapGet("/api/projects/{id}/figures", Figures);
    }

    /// <summary><c>?as_of=2019-03-26</c> and at most one of <c>project</c>, <c>program</c>, <c>funder</c>,
    /// <c>recipient</c>, <c>region</c>, as <c>targets</c> takes them.</summary>
    private static IResult Targets(HttpContext context)
    {
        var query = context.Request.Query;
        var given = Scopes.Where(s => !string.IsNullOrWhiteSpace(query[s.Parameter])).ToList();
        if (given.Count > 1)
        {
            return Responses.ApiError(StatusCodes.Status400BadRequest, WebMessages.OneScopeOnly);
        }
        var scope = given.Count == 0 ? ReportScope.AllProjects : new ReportScope(given[0].Kind, query[given[0].Parameter].ToString().Trim());
        var asOf = KeyDate.Parse(query["as_of"], "as_of", context.Options().Today);
        if (!asOf.Success)
        {
            return Responses.ApiError(StatusCodes.Status400BadRequest, asOf.Error);
        }
        var overview = context.Data().Targets(scope, asOf.Value);
        if (overview is null)
        {
            return Responses.ApiError(StatusCodes.Status404NotFound, WebMessages.NoProjectFor(scope.ToString()));
        }
        return Json(s => FiguresJsonWriter.WriteTargets(overview, s));
    }

    /// <summary><c>?period=2018-Q3&amp;as_of=…</c> as <c>figures</c> takes them (period default <c>runtime</c>), published
    /// for a viewer who sees only published values (as <c>--publish</c>).</summary>
    private static IResult Figures(HttpContext context, string id)
    {
        var snapshot = context.Data().Project(new ProjectId(id.Trim()));
        if (snapshot is null)
        {
            return Responses.ApiError(StatusCodes.Status404NotFound, WebMessages.ProjectNotFound(id.Trim()));
        }
        var published = context.Viewer().Published;
        var view = ProjectView.Compute(snapshot, context.Request.Query["period"], context.Request.Query["as_of"], "as_of",
            context.Options().Today, published);
        if (!view.Success)
        {
            return Responses.ApiError(StatusCodes.Status400BadRequest, view.Error);
        }
        return Json(s => FiguresJsonWriter.Write(view.Value.Figures, s, published));
    }

    private static IResult Json(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Results.Bytes(buffer.ToArray(), JsonType);
    }
}
