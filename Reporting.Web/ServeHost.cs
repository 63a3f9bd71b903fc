using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Storage;
using Reporting.Web.Access;
using Reporting.Web.Endpoints;
using Reporting.Web.Pages;

namespace Reporting.Web;

/// <summary>Builds the web app of <c>serve</c> on ASP.NET Core: read-only pages, downloads and the JSON API.</summary>
public static class ServeHost
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
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = CookieName + ".form";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "formular";
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = LoginPage.Path;
            cookie.ReturnUrlParameter = LoginPage.ReturnParameter;
            cookie.Events.OnRedirectToLogin = context =>
            {
                // Scripts get a status, not a sign-in form.
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            cookie.Events.OnValidatePrincipal = context =>
            {
                // A user taken out of the access file, or given another role, must sign in again.
                var user = options.Access?.Find(context.Principal?.Identity?.Name ?? "");
                if (user is null || !context.Principal!.IsInRole(user.Role))
                {
                    context.RejectPrincipal();
                }
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(authorization =>
        {
            if (options.Access is not null)
            {
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
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
