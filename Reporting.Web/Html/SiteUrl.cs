using System.Text;

namespace Reporting.Web.Html;

/// <summary>Builds the site's links: path segments and query values are percent-encoded, empty values left out.
/// Links carry ids, periods, dates, filters and sort keys only, never a figure.</summary>
internal static class SiteUrl
{
    public static string Of(string path, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        var url = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return url.ToString();
    }

    /// <summary>One path segment, percent-encoded (a project id may hold any character).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public static string Project(string id, string? period, string? keyDate) =>
        Of("/projekte/" + Segment(id), ("zeitraum", period), ("stichtag", keyDate));
}
