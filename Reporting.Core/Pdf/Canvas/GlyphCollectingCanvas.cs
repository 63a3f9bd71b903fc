using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>The first (pagination) pass draws here: it only notes which glyphs each face needs, for subsetting.</summary>
internal sealed class GlyphCollectingCanvas : IPdfCanvas
{
    public HashSet<ushort> Regular { get; } = new();

    public HashSet<ushort> Bold { get; } = new();

    public int Pages { get; private set; }

    public void BeginPage(int pageNumber, PdfSize size) => Pages = pageNumber;

    public void EndPage()
    {
    }

    public void DrawText(TextRun run, float x, float baseline)
    {
        var set = run.Style == PdfFontStyle.Bold ? Bold : Regular;
        set.UnionWith(run.Shape.GlyphArray);
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color)
    {
    }

    public void DrawRectangle(PdfRect rect, float thickness, PdfColor color)
    {
    }

    public void FillRectangle(PdfRect rect, PdfColor color)
    {
    }

    public void DrawChart(ScottPlot.Plot plot, PdfRect rect)
    {
    }
}
