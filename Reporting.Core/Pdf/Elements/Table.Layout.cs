using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

internal sealed partial class Table
{
    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_nextRow >= Rows.Count && (_continued || Rows.Count > 0))
        {
            return SpacePlan.Empty;
        }

        var plan = Plan(available, context);
        if (plan.Reason is not null)
        {
            return SpacePlan.Wrap(plan.Reason);
        }

        return plan.Finishes ? SpacePlan.Full(plan.Height) : SpacePlan.Partial(plan.Height);
    }

    /// <summary>What goes on one page: whole rows, then maybe some lines of a split row, then the marker.</summary>
    private readonly record struct PagePlan(int WholeRows, int SplitLines, float Height, bool Finishes, string? Reason);

    private PagePlan Plan(PdfSize available, LayoutContext context)
    {
        EnsureColumns(available.Width, context);
        if (_columnWidths.Length == 0)
        {
            return new PagePlan(0, 0, 0, false, TooWide(available.Width));
        }

        float limit = available.Height + 0.001f;
        float used = TopHeight();
        if (used > limit)
        {
            return new PagePlan(0, 0, 0, false, FormattableString.Invariant($"{Describe()}: caption and header ({used:0.#} pt) do not fit in {available.Height:0.#} pt"));
        }

        float lineHeight = Style.LineHeight;
        int count = 0;
        var heights = new List<float>();
        for (int r = _nextRow; r < Rows.Count; r++)
        {
            float h = RowHeight(Row(r, context), r == _nextRow ? _lineOffset : 0);
            if (used + h > limit)
            {
                break;
            }

            used += h;
            heights.Add(h);
            count++;
        }

        if (_nextRow + count >= Rows.Count)
        {
            return new PagePlan(count, 0, used, true, null);
        }

        float marker = MarkerStyle.LineHeight + 2f;
        while (count > 0 && used + marker > limit)
        {
            count--;
            used -= heights[count];
        }

        if (count > 0)
        {
            return new PagePlan(count, 0, used + marker, false, null);
        }

        var row = Row(_nextRow, context);
        int fitLines = Math.Min((int)Math.Floor((limit - used - marker - (2 * PadY)) / lineHeight), row.LineCount - _lineOffset - 1);
        if (!context.AtPageTop || fitLines < 1)
        {
            return new PagePlan(0, 0, 0, false, FormattableString.Invariant($"{Describe()}: row {_nextRow + 1} ({RowHeight(row, _lineOffset):0.#} pt) does not fit in the {limit - used:0.#} pt left"));
        }

        return new PagePlan(0, fitLines, used + (fitLines * lineHeight) + (2 * PadY) + marker, false, null);
    }

    private float TopHeight() => (CaptionText is null ? 0 : CaptionStyle.LineHeight + 2f) + RowHeight(_header!, 0);

    private float RowHeight(RowLayout row, int skipLines) => ((row.LineCount - skipLines) * Style.LineHeight) + (2 * PadY);

    private void EnsureColumns(float width, LayoutContext context)
    {
        if (Math.Abs(width - _layoutWidth) < 0.01f && _header is not null && ReferenceEquals(_needsFonts, context.Text.Fonts))
        {
            return;
        }

        _layoutWidth = width;
        _window.Clear();
        _columnWidths = Distribute(width, context);
        _header = _columnWidths.Length == 0 ? null : HeaderLayout(context);
    }

    private RowLayout HeaderLayout(LayoutContext context) =>
        Layout(-1, Columns.Select(c => c.Header).ToArray(), Style.AsBold(), TableRowKind.Normal, context);

    private RowLayout Row(int index, LayoutContext context)
    {
        int offset = index - _nextRow;
        while (_window.Count <= offset)
        {
            int r = _nextRow + _window.Count;
            var row = Rows[r];
            if (row.Cells.Count != Columns.Count)
            {
                throw new ArgumentException($"{Describe()}: row {r + 1} has {row.Cells.Count} cells for {Columns.Count} columns.", nameof(Rows));
            }

            var style = row.Kind == TableRowKind.Normal ? Style : Style.AsBold();
            _window.Add(Layout(r, row.Cells, style, row.Kind, context));
        }

        return _window[offset];
    }

    private RowLayout Layout(int index, IReadOnlyList<string> cells, TextStyle style, TableRowKind kind, LayoutContext context)
    {
        var wrapped = new IReadOnlyList<TextRun>[cells.Count];
        for (int c = 0; c < cells.Count; c++)
        {
            // Fitted columns are as wide as their widest cell: their cells are drawn whole, never wrapped (headers
            // still wrap at spaces). Everything else wraps at spaces, and inside a word only when it alone is too wide.
            wrapped[c] = index >= 0 && Columns[c].Width.Sizing == ColumnSizing.Fit
                ? cells[c].Split('\n').Select(line => context.Text.Run(line.TrimEnd('\r'), style)).ToList()
                : context.Text.Wrap(cells[c], style, Math.Max(1f, _columnWidths[c] - (2 * PadX)));
        }

        return new RowLayout(index, wrapped, style, kind);
    }
}
