using Reporting.Core.Forms.Rendering;
using Reporting.Core.Text;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary>The frame of every page: head with the one stylesheet, the site header with navigation and the
/// signed-in user, the main content and a footer. No script anywhere.</summary>
internal static class Layout
{
    public static string Render(PageContext context, string title, Action<HtmlBuilder> content)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(content);
        var h = HtmlBuilder.Document();
        using (h.Open("head"))
        {
            h.Void("meta", ("charset", "utf-8"));
            h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
            h.Element("title", $"{title} – FundingReports");
            h.Void("link", ("rel", "stylesheet"), ("href", StaticAssets.StylesheetPath));
            h.Void("link", ("rel", "icon"), ("href", StaticAssets.IconPath), ("type", "image/svg+xml"));
        }
        using (h.Open("body"))
        {
            Header(h, context);
            using (h.Open("main", ("id", "inhalt")))
            {
                if (context.Viewer.Published)
                {
                    h.Element("p", "Ansicht zur Veröffentlichung: " + FormText.ConfidentialityNote, ("class", "notice published"));
                }
                content(h);
            }
            using (h.Open("footer", ("class", "site")))
            {
                h.Text($"Seite erstellt am {GermanFormat.Date(DateOnly.FromDateTime(context.Now.DateTime))} um "
                    + context.Now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)
                    + " Uhr. Alle Zahlen stammen aus derselben Berechnung wie die Berichte und Exporte.");
            }
        }
        return h.ToString();
    }

    private static void Header(HtmlBuilder h, PageContext context)
    {
        using (h.Open("header", ("class", "site")))
        {
            h.Element("a", "FundingReports", ("class", "brand"), ("href", "/"));
            using (h.Open("nav", ("aria-label", "Hauptnavigation")))
            {
                h.Element("a", "Zielerreichung", ("href", "/"));
            }
            if (context.Viewer.Name is { } name && context.FormToken is { } token)
            {
                using (h.Open("form", ("class", "signout"), ("method", "post"), ("action", "/abmelden")))
                {
                    h.Element("span", $"{name} ({context.Viewer.Role})", ("class", "user"));
                    h.Void("input", ("type", "hidden"), ("name", token.Name), ("value", token.Value));
                    h.Element("button", "Abmelden", ("type", "submit"));
                }
            }
        }
    }

    /// <summary>A page with a heading and one paragraph: errors, "not found".</summary>
    public static string Message(PageContext context, string title, string text) =>
        Render(context, title, h =>
        {
            h.Element("h1", title);
            h.Element("p", text, ("class", "message"));
            using (h.Open("p"))
            {
                h.Element("a", "Zur Übersicht", ("href", "/"));
            }
        });
}
