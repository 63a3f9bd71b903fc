using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

internal sealed partial class Table
{
    private const float GridRule = 0.25f;
    private const float StrongRule = 0.75f;

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(context);
        var plan = Plan(area.Size, context);
        if (plan.Reason is not null)
        {
            return;
        }

        float y = area.Y;
        if (CaptionText is { } text)
        {
            canvas.DrawText(context.Text.Run(text.Trim(), CaptionStyle), area.X, y + context.Text.BaselineOffset(CaptionStyle));
            y += CaptionStyle.LineHeight + 2f;
        }

        float headerHeight = RowHeight(_header!, 0);
        canvas.FillRectangle(new PdfRect(area.X, y, area.Width, headerHeight), PdfColor.Shade);
        canvas.DrawLine(area.X, y, area.Right, y, StrongRule, PdfColor.Black);
        DrawCells(canvas, _header!, 0, _header!.LineCount, area.X, y, context);
        y += headerHeight;
        canvas.DrawLine(area.X, y, area.Right, y, StrongRule, PdfColor.Black);

        for (int i = 0; i < plan.WholeRows; i++)
        {
            var row = Row(_nextRow + i, context);
            int skip = i == 0 ? _lineOffset : 0;
            y = DrawRow(canvas, row, skip, row.LineCount - skip, area, y, context);
        }

        if (plan.SplitLines > 0)
        {
            var row = Row(_nextRow, context);
            y = DrawRow(canvas, row, _lineOffset, plan.SplitLines, area, y, context);
        }

        if (!plan.Finishes)
        {
            var marker = context.Text.Run(Texts.ContinuesMarker, MarkerStyle);
            canvas.DrawText(marker, area.Right - marker.Width, y + 2f + context.Text.BaselineOffset(MarkerStyle));
        }

        Advance(plan);
    }

    private void Advance(PagePlan plan)
    {
        if (plan.WholeRows > 0)
        {
            _lineOffset = 0;
            _nextRow += plan.WholeRows;
            _window.RemoveRange(0, Math.Min(plan.WholeRows, _window.Count));
        }
        else
        {
            _lineOffset += plan.SplitLines;
        }

        _continued = true;
    }

    private float DrawRow(IPdfCanvas canvas, RowLayout row, int skip, int lines, PdfRect area, float y, LayoutContext context)
    {
        float height = (lines * Style.LineHeight) + (2 * PadY);
        if (row.Kind == TableRowKind.Total)
        {
            canvas.FillRectangle(new PdfRect(area.X, y, area.Width, height), PdfColor.Shade);
        }

        if (row.Kind != TableRowKind.Normal)
        {
            canvas.DrawLine(area.X, y, area.Right, y, row.Kind == TableRowKind.Total ? StrongRule : 0.5f, PdfColor.Black);
        }

        DrawCells(canvas, row, skip, lines, area.X, y, context);
        y += height;
        canvas.DrawLine(area.X, y, area.Right, y, GridRule, PdfColor.LightGrey);
        return y;
    }

    private void DrawCells(IPdfCanvas canvas, RowLayout row, int skip, int lines, float x, float y, LayoutContext context)
    {
        float baseline = y + PadY + context.Text.BaselineOffset(row.Style);
        for (int c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Cells[c];
            int last = Math.Min(cell.Count, skip + lines);
            for (int l = skip; l < last; l++)
            {
                var run = cell[l];
                float left = TextBox.AlignX(x + PadX, _columnWidths[c] - (2 * PadX), run.Width, Columns[c].Align);
                canvas.DrawText(run, left, baseline + ((l - skip) * Style.LineHeight));
            }

            x += _columnWidths[c];
        }
    }
}
