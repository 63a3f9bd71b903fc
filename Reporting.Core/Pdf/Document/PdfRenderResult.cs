namespace Reporting.Core.Pdf.Document;

/// <summary>Outcome of <see cref="PdfDocumentBuilder.Render"/>.</summary>
/// <param name="Pages">Number of pages written.</param>
/// <param name="RegularGlyphs">Distinct glyphs embedded for the regular face.</param>
/// <param name="BoldGlyphs">Distinct glyphs embedded for the bold face.</param>
public sealed record PdfRenderResult(int Pages, int RegularGlyphs, int BoldGlyphs);
