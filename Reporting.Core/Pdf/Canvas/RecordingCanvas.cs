using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Canvas;

/// <summary>
/// A canvas that draws nothing and records every operation with its page, for layout tests without pixels
/// (QuestPDF's OperationRecordingCanvas).
/// </summary>
internal sealed class RecordingCanvas : IPdfCanvas
{
    private readonly List<RecordedOperation> _operations = new();
    private readonly List<PdfSize> _pageSizes = new();
    private int _page;

    /// <summary>All operations in drawing order.</summary>
    public IReadOnlyList<RecordedOperation> Operations => _operations;

    /// <summary>Text operations in drawing order.</summary>
    public IEnumerable<RecordedText> Texts => _operations.OfType<RecordedText>();

    /// <summary>Sizes of the pages begun, in order.</summary>
    public IReadOnlyList<PdfSize> PageSizes => _pageSizes;

    /// <summary>Number of pages begun.</summary>
    public int PageCount => _pageSizes.Count;

    /// <summary>Text runs on one page.</summary>
    public IEnumerable<RecordedText> TextsOn(int pageNumber) => Texts.Where(t => t.Page == pageNumber);

    /// <inheritdoc />
    public void BeginPage(int pageNumber, PdfSize size)
    {
        _page = pageNumber;
        _pageSizes.Add(size);
    }

    /// <inheritdoc />
    public void EndPage()
    {
    }

    /// <inheritdoc />
    public void DrawText(TextRun run, float x, float baseline)
    {
        ArgumentNullException.ThrowIfNull(run);
        _operations.Add(new RecordedText(_page, run.Text, x, baseline, run.Style, run.Size, run.Width));
    }

    /// <inheritdoc />
    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, PdfColor color) =>
        _operations.Add(new RecordedLine(_page, x1, y1, x2, y2, thickness));

    /// <inheritdoc />
    public void DrawRectangle(PdfRect rect, float thickness, PdfColor color) => _operations.Add(new RecordedRectangle(_page, rect, false));

    /// <inheritdoc />
    public void FillRectangle(PdfRect rect, PdfColor color) => _operations.Add(new RecordedRectangle(_page, rect, true));

    /// <inheritdoc />
    public void DrawChart(ScottPlot.Plot plot, PdfRect rect) => _operations.Add(new RecordedChart(_page, rect));
}
