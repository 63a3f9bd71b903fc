namespace Reporting.Core.Pdf.Document;

/// <summary>Page size and margins; the header sits in the top margin, the footer in the bottom one.</summary>
internal sealed record PageLayout(PdfSize Size, float MarginLeft, float MarginTop, float MarginRight, float MarginBottom)
{
    /// <summary>A4 portrait, 595 × 842 pt.</summary>
    public static readonly PdfSize A4 = new(595f, 842f);

    /// <summary>A4 portrait with 20 mm left and 15 mm right margins.</summary>
    public static PageLayout A4Portrait { get; } = new(A4, 56f, 64f, 42f, 56f);

    /// <summary>A4 landscape (842 × 595 pt), same margins.</summary>
    public static PageLayout A4Landscape { get; } = new(new PdfSize(A4.Height, A4.Width), 56f, 64f, 42f, 56f);

    /// <summary>The page body where elements flow.</summary>
    public PdfRect Body => new(MarginLeft, MarginTop, Size.Width - MarginLeft - MarginRight, Size.Height - MarginTop - MarginBottom);
}
