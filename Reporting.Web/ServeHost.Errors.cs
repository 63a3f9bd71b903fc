using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Reporting.Core.Storage;
using Reporting.Web.Access;
using Reporting.Web.Endpoints;
using Reporting.Web.Pages;

namespace Reporting.Web;

internal static partial class ServeHost
{
    /// <summary>An error page without details; a database that cannot be read says why (as the CLI does).</summary>
    private static async Task Failure(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, text) = error is StoreException store
            ? (StatusCodes.Status503ServiceUnavailable, store.Message)
            : (StatusCodes.Status500InternalServerError, WebMessages.Unexpected);
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await Responses.ApiError(status, text).ExecuteAsync(context);
            return;
        }
        await Responses.Html(Layout.Message(PageFor(context), WebMessages.FailureTitle, text), status).ExecuteAsync(context);
    }

    /// <summary>Statuses without a body of their own (405, 401 on the API) get a short page or JSON.</summary>
    private static async Task StatusPage(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            var sentence = code switch
            {
                StatusCodes.Status401Unauthorized => WebMessages.ApiSignInRequired,
                StatusCodes.Status405MethodNotAllowed => WebMessages.ApiReadOnly,
                _ => WebMessages.UnknownApi,
            };
            await Responses.ApiError(code, sentence).ExecuteAsync(context);
            return;
        }
        var text = code switch
        {
            StatusCodes.Status401Unauthorized => WebMessages.SignInRequired,
            StatusCodes.Status405MethodNotAllowed => WebMessages.ReadOnly,
            _ => WebMessages.NotFoundText,
        };
        await Responses.Html(Layout.Message(PageFor(context), WebMessages.FailureTitle, text), code).ExecuteAsync(context);
    }

    /// <summary>The page frame when the request's user cannot be trusted to be read (an error page).</summary>
    private static PageContext PageFor(HttpContext context)
    {
        var options = context.Options();
        return new PageContext(new Viewer(null, Roles.Published, true), null, options.Clock.GetLocalNow());
    }
}
