namespace Reporting.Core.Pdf.Elements;

/// <summary>Texts a table prints when it runs over pages.</summary>
/// <param name="ContinuedSuffix">Appended to the caption on continued pages (shown alone when there is no caption).</param>
/// <param name="ContinuesMarker">Printed under the last row of a page when the table goes on.</param>
internal sealed record TableTexts(string ContinuedSuffix = " (Fortsetzung)", string ContinuesMarker = "Fortsetzung auf der nächsten Seite")
{
    /// <summary>The German defaults.</summary>
    public static readonly TableTexts German = new();
}
