using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Web.Access;
using Reporting.Web.Pages;

namespace Reporting.Web.Endpoints;

/// <summary>What every endpoint answers with: pages as UTF-8 HTML, API errors as <c>{"error": "..."}</c>.</summary>
internal static class Responses
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static ServeOptions Options(this HttpContext context) => context.RequestServices.GetRequiredService<ServeOptions>();

    public static WebData Data(this HttpContext context) => context.RequestServices.GetRequiredService<WebData>();

    public static Viewer Viewer(this HttpContext context) => Access.Viewer.Of(context.User, context.Options());

    /// <summary>The frame of a page for this request: the viewer and, when signed in, the sign-out form's token.</summary>
    public static PageContext Page(this HttpContext context)
    {
        var options = context.Options();
        var viewer = context.Viewer();
        (string, string)? token = null;
        if (options.Access is not null && viewer.Name is not null)
        {
            var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
            token = (tokens.FormFieldName, tokens.RequestToken!);
        }
        return new PageContext(viewer, token, options.Clock.GetLocalNow());
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, HtmlType, System.Text.Encoding.UTF8, status);

    public static IResult Message(HttpContext context, int status, string title, string text) =>
        Html(Layout.Message(context.Page(), title, text), status);

    public static IResult BadRequest(HttpContext context, string sentence) =>
        Message(context, StatusCodes.Status400BadRequest, WebMessages.BadRequestTitle, sentence);

    public static IResult ApiError(int status, string sentence) =>
        Results.Json(new ApiErrorBody(sentence), statusCode: status);

    private sealed record ApiErrorBody(string Error);
}
