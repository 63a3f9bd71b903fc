namespace Reporting.Core.Pdf.Text;

/// <summary>A single line of shaped text ready to draw: the source string, its style and the shaped glyphs.</summary>
/// <param name="Text">The characters (what a PDF reader extracts).</param>
/// <param name="Style">Regular or bold.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Fill colour.</param>
/// <param name="Shape">Glyphs and advances from HarfBuzz.</param>
internal sealed record TextRun(string Text, PdfFontStyle Style, float Size, PdfColor Color, ShapedText Shape)
{
    /// <summary>Advance width in points.</summary>
    public float Width => Shape.Width * Size;
}
