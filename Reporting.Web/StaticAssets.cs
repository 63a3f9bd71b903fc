using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Reporting.Web;

/// <summary>The stylesheet and the icon, compiled into the assembly, so the program needs no web root folder.</summary>
internal static class StaticAssets
{
    public const string Folder = "/static";
    public const string StylesheetPath = Folder + "/site.css";
    public const string IconPath = Folder + "/favicon.svg";

    private static readonly Lazy<byte[]> Stylesheet = new(() => Resource("Reporting.Web.site.css"));
    private static readonly Lazy<byte[]> Icon = new(() => Resource("Reporting.Web.favicon.svg"));

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(StylesheetPath, (HttpContext context) => Cached(context, Stylesheet.Value, "text/css; charset=utf-8")).AllowAnonymous();
        app.MapGet(IconPath, (HttpContext context) => Cached(context, Icon.Value, "image/svg+xml")).AllowAnonymous();
        // Browsers ask for /favicon.ico on their own.
        app.MapGet("/favicon.ico", () => Results.Redirect(IconPath, permanent: true)).AllowAnonymous();
    }

    private static IResult Cached(HttpContext context, byte[] content, string type)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(content, type);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
