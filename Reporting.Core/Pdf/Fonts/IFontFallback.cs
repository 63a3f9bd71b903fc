namespace Reporting.Core.Pdf.Fonts;

/// <summary>Finds a font for a character the document's fonts cannot draw (a payee written in Chinese, say).</summary>
internal interface IFontFallback
{
    /// <summary>A face that has a glyph for <paramref name="codePoint"/>, preferably in <paramref name="style"/>, or null.
    /// The fallback owns the faces it returns and returns the same instance for the same font.</summary>
    FontFace? FaceFor(int codePoint, PdfFontStyle style);
}
