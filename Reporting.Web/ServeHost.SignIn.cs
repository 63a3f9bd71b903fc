using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Web.Pages;

namespace Reporting.Web;

internal static partial class ServeHost
{
    /// <summary>Cookie sign-in against the access file, anti-forgery tokens for the forms, and, with an access file,
    /// a signed-in user for everything but the sign-in form and the stylesheet.</summary>
    private static void AddSignIn(IServiceCollection services, ServeOptions options)
    {
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
    }
}
