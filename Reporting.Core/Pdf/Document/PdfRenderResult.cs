namespace Reporting.Core.Pdf.Document;

/// <summary>Outcome of <see cref="PdfDocumentBuilder.Render"/>.</summary>
/// <param name="Pages">Number of pages written.</param>
/// <param name="RegularGlyphs">Distinct glyphs embedded for the regular face.</param>
/// <param name="BoldGlyphs">Distinct glyphs embedded for the bold face.</param>
/// <param name="Warnings">Things a reader of the PDF should know that did not stop it (characters no font could draw).</param>
/// <param name="FallbackFonts">Family names of the fallback fonts embedded for characters the document's fonts lack.</param>
internal sealed record PdfRenderResult(int Pages, int RegularGlyphs, int BoldGlyphs, IReadOnlyList<string> Warnings, IReadOnlyList<string> FallbackFonts);
