using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary><c>/anmelden</c>: the sign-in form (user name, password), posted back to itself.</summary>
internal static class LoginPage
{
    public const string Path = "/anmelden";
    public const string ReturnParameter = "ziel";

    public static string Render(PageContext context, (string Name, string Value) token, string? returnUrl, string? userName, string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Layout.Render(context, "Anmelden", h =>
        {
            h.Element("h1", "Anmelden");
            if (error is not null)
            {
                h.Element("p", error, ("class", "message error"), ("role", "alert"));
            }
            using (h.Open("form", ("class", "login"), ("method", "post"), ("action", Path)))
            {
                h.Void("input", ("type", "hidden"), ("name", token.Name), ("value", token.Value));
                h.Void("input", ("type", "hidden"), ("name", ReturnParameter), ("value", SafeReturnUrl(returnUrl)));
                using (h.Open("label"))
                {
                    h.Element("span", "Benutzername");
                    h.Void("input", ("type", "text"), ("name", "benutzer"), ("value", userName ?? ""), ("autocomplete", "username"),
                        ("required", "required"), ("autofocus", "autofocus"));
                }
                using (h.Open("label"))
                {
                    h.Element("span", "Passwort");
                    h.Void("input", ("type", "password"), ("name", "passwort"), ("autocomplete", "current-password"), ("required", "required"));
                }
                h.Element("button", "Anmelden", ("type", "submit"));
            }
        });
    }

    /// <summary>A path on this site to go back to after signing in, else <c>/</c> (no open redirect).</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } u && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) && !u.Contains('\\', StringComparison.Ordinal)
            && !u.StartsWith(Path, StringComparison.Ordinal)
            ? u
            : "/";
}
