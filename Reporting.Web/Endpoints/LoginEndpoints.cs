using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Web.Access;
using Reporting.Web.Pages;

namespace Reporting.Web.Endpoints;

/// <summary>Sign-in and sign-out with the shared framework's cookie authentication, against the access file.
/// Failed attempts are throttled (<see cref="LoginThrottle"/>); at most two password checks run at a time.</summary>
internal static class LoginEndpoints
{
    public const string SignOutPath = "/abmelden";

    private static readonly SemaphoreSlim Checks = new(2, 2);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPage.Path, Form).AllowAnonymous();
        app.MapPost(LoginPage.Path, (Delegate)SignIn).AllowAnonymous().DisableAntiforgery();
        app.MapPost(SignOutPath, (Delegate)SignOut).DisableAntiforgery();
    }

    private static IResult Form(HttpContext context)
    {
        if (context.Options().Access is null)
        {
            return Results.Redirect("/");
        }
        return Page(context, StatusCodes.Status200OK, context.Request.Query[LoginPage.ReturnParameter], null, null);
    }

    private static async Task<IResult> SignIn(HttpContext context)
    {
        var options = context.Options();
        if (options.Access is null)
        {
            return Results.Redirect("/");
        }
        if (!await Valid(context))
        {
            return Page(context, StatusCodes.Status400BadRequest, null, null, WebMessages.LoginExpired);
        }
        var form = await context.Request.ReadFormAsync();
        var name = form["benutzer"].ToString().Trim();
        var password = form["passwort"].ToString();
        var returnUrl = form[LoginPage.ReturnParameter].ToString();
        var address = context.Connection.RemoteIpAddress?.ToString();
        var throttle = context.RequestServices.GetRequiredService<LoginThrottle>();
        var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Reporting.Web.SignIn");
        // What was typed goes into the log only when it is a possible user name (no line breaks or markup).
        var logged = AccessFile.UserNamePattern().IsMatch(name) ? name : "(not a user name)";

        if (throttle.RetryAfter(name, address) is { } wait)
        {
            log.LogWarning("sign-in refused for a while: too many failures for user {User} or address {Address}", logged, address);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page(context, StatusCodes.Status429TooManyRequests, returnUrl, name, WebMessages.LoginThrottled(wait));
        }

        var user = options.Access.Find(name);
        bool ok;
        await Checks.WaitAsync(context.RequestAborted);
        try
        {
            ok = (user?.Hash ?? options.Access.Decoy).Verify(password) && user is not null;
        }
        finally
        {
            Checks.Release();
        }
        if (!ok)
        {
            throttle.Failed(name, address);
            log.LogWarning("sign-in failed for user {User} from {Address}", logged, address);
            return Page(context, StatusCodes.Status401Unauthorized, returnUrl, name, WebMessages.LoginFailed);
        }

        throttle.Succeeded(name);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user!.Name), new Claim(ClaimTypes.Role, user.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        log.LogInformation("user {User} signed in ({Role})", user.Name, user.Role);
        return Results.Redirect(LoginPage.SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> SignOut(HttpContext context)
    {
        if (context.Options().Access is not null)
        {
            if (!await Valid(context))
            {
                return Responses.BadRequest(context, WebMessages.LoginExpired);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        return Results.Redirect(LoginPage.Path);
    }

    private static async Task<bool> Valid(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static IResult Page(HttpContext context, int status, string? returnUrl, string? name, string? error)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var page = context.Page() with { FormToken = null };
        return Responses.Html(LoginPage.Render(page, (tokens.FormFieldName, tokens.RequestToken!), returnUrl, name, error), status);
    }
}
