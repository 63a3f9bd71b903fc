using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>
/// The only surface elements draw on. Coordinates are PDF points, origin top left, y downwards.
/// Implemented by <see cref="SkiaPdfCanvas"/> for real output and <see cref="RecordingCanvas"/> for layout tests.
/// </summary>
internal interface IPdfCanvas
{
    /// <summary>Starts page <paramref name="pageNumber"/> (1-based) of the given size.</summary>
    void BeginPage(int pageNumber, PdfSize size);

    /// <summary>Finishes the current page.</summary>
    void EndPage();

    /// <summary>Draws a shaped run with its baseline starting at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    void DrawText(TextRun run, float x, float baseline);

    /// <summary>Draws a straight line.</summary>
    void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color);

    /// <summary>Draws the outline of a rectangle.</summary>
    void DrawRectangle(PdfRect rect, float thickness, PdfColor color);

    /// <summary>Fills a rectangle.</summary>
    void FillRectangle(PdfRect rect, PdfColor color);

    /// <summary>Draws a ScottPlot 5 plot into <paramref name="rect"/> (as vectors on a PDF canvas).</summary>
    void DrawChart(ScottPlot.Plot plot, PdfRect rect);
}
