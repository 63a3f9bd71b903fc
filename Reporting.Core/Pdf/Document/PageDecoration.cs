using System.Globalization;

namespace Reporting.Core.Pdf.Document;

/// <summary>
/// Texts repeated on every page, all supplied by the caller (no clock in here): header left (form title) and right
/// (project / period), footer left ("erstellt am …"), centre ("Datenstand …") and right (the page label).
/// </summary>
internal sealed record PageDecoration(
    string? HeaderLeft = null,
    string? HeaderRight = null,
    string? FooterLeft = null,
    string? FooterCenter = null,
    Func<int, int, string>? PageLabel = null)
{
    /// <summary>"Seite 2 von 3".</summary>
    public static string GermanPageLabel(int page, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"Seite {page} von {total}");

    /// <summary>The page label for page <paramref name="page"/> of <paramref name="total"/>.</summary>
    public string Label(int page, int total) => (PageLabel ?? GermanPageLabel)(page, total);
}
