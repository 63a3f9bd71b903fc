using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Reporting.Web;

/// <summary>The one stylesheet, compiled into the assembly, so the program needs no web root folder.</summary>
public static class StaticAssets
{
    public const string Folder = "/static";

    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("Reporting.Web.site.css")
            ?? throw new InvalidOperationException("the stylesheet is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Folder + "/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
}
