using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Pdf.Fonts;
using Reporting.Web.Access;
using Reporting.Web.Endpoints;

namespace Reporting.Web;

/// <summary>Builds the web app of <c>serve</c> on ASP.NET Core: read-only pages, downloads and the JSON API.
/// Split by aspect: <c>.SignIn</c> (cookies, anti-forgery, who may see what), <c>.Errors</c> (error pages).</summary>
internal static partial class ServeHost
{
    public const string CookieName = "fundingreports";

    /// <summary>The app, configured but not started. <paramref name="configure"/> may change the builder last (tests
    /// put a test server in place of Kestrel).</summary>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ServeHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Reporting.Web", LogLevel.Information);
        // Keys live in memory only (MemoryKeyRepository), so the warning that they are stored unencrypted does not apply.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A failure to start (address in use, no certificate) is told by the caller in one sentence, not as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(new WebData(options.Database));
        services.AddSingleton(new LoginThrottle(options.Clock));
        services.AddSingleton(_ => SvgChartRenderer.Create(new FontResolverOptions(options.FontFolder)));
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new MemoryKeyRepository());
        AddSignIn(services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        // Behind a reverse proxy on this machine (the only proxies trusted by default), take the client's address and
        // scheme from X-Forwarded-For/-Proto: throttling counts the real client, and cookies are Secure over HTTPS.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.Use(SecurityHeaders.Apply);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Failure, SuppressDiagnosticsCallback = _ => false });
        app.UseStatusCodePages(StatusPage);
        app.UseAuthentication();
        app.UseAuthorization();
        StaticAssets.Map(app);
        LoginEndpoints.Map(app);
        PageEndpoints.Map(app);
        ReportEndpoints.Map(app);
        ApiEndpoints.Map(app);
        // Only reads fall back to "not found"; any other method on a known path is refused as 405 (the site is read-only).
        app.MapFallback((HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                ? Responses.ApiError(StatusCodes.Status404NotFound, WebMessages.UnknownApi)
                : Responses.Message(context, StatusCodes.Status404NotFound, WebMessages.NotFoundTitle, WebMessages.NotFoundText))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
