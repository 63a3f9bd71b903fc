using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Domain;
using Reporting.Core.Forms.Rendering;
using Reporting.Web.Pages;

namespace Reporting.Web.Endpoints;

/// <summary>The pages: the overview, a project's page and its charts.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Overview);
        app.MapGet("/projekte/{id}", Project);
        app.MapGet("/projekte/{id}/diagramme/{chart}.svg", Chart);
    }

    private static IResult Overview(HttpContext context)
    {
        var query = OverviewQuery.From(context.Request.Query, context.Options().Today);
        if (!query.Success)
        {
            return Responses.BadRequest(context, query.Error);
        }
        var data = context.Data().Overview(query.Value.Filters, query.Value.ScopeLabel, query.Value.KeyDate);
        return Responses.Html(OverviewPage.Render(context.Page(), query.Value, data));
    }

    private static IResult Project(HttpContext context, string id)
    {
        var view = View(context, id, out var error);
        return view is null ? error! : Responses.Html(ProjectPage.Render(context.Page(), view));
    }

    private static IResult Chart(HttpContext context, string id, string chart)
    {
        if (!ProjectPage.ChartNames.Contains(chart))
        {
            return Responses.Message(context, StatusCodes.Status404NotFound, WebMessages.NotFoundTitle, WebMessages.UnknownChart(chart));
        }
        var view = View(context, id, out var error);
        if (view is null)
        {
            return error!;
        }
        var block = view.Form(new HashSet<string>(StringComparer.Ordinal) { chart }).Charts[chart];
        var svg = context.RequestServices.GetRequiredService<SvgChartRenderer>().Render(block, ProjectPage.ChartWidth, ProjectPage.ChartHeight);
        return Results.Text(svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>The project's figures for <c>zeitraum</c> and <c>stichtag</c>, or the 404/400 page.</summary>
    private static ProjectView? View(HttpContext context, string id, out IResult? error)
    {
        var snapshot = context.Data().Project(new ProjectId(id));
        if (snapshot is null)
        {
            error = Responses.Message(context, StatusCodes.Status404NotFound, WebMessages.ProjectNotFoundTitle, WebMessages.ProjectNotFoundText(id));
            return null;
        }
        var view = ProjectView.Compute(snapshot, context.Request.Query["zeitraum"], context.Request.Query["stichtag"], "stichtag",
            context.Options().Today, context.Viewer().Published);
        if (!view.Success)
        {
            error = Responses.BadRequest(context, view.Error);
            return null;
        }
        error = null;
        return view.Value;
    }
}
