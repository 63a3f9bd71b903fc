using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

public sealed partial class Table
{
    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (nextRow >= Rows.Count && (continued || Rows.Count > 0))
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
        if (columnWidths.Length == 0)
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
        for (int r = nextRow; r < Rows.Count; r++)
        {
            float h = RowHeight(Row(r, context), r == nextRow ? lineOffset : 0);
            if (used + h > limit)
            {
                break;
            }

            used += h;
            heights.Add(h);
            count++;
        }

        if (nextRow + count >= Rows.Count)
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

        var row = Row(nextRow, context);
        int fitLines = Math.Min((int)Math.Floor((limit - used - marker - (2 * PadY)) / lineHeight), row.LineCount - lineOffset - 1);
        if (!context.AtPageTop || fitLines < 1)
        {
            return new PagePlan(0, 0, 0, false, FormattableString.Invariant($"{Describe()}: row {nextRow + 1} ({RowHeight(row, lineOffset):0.#} pt) does not fit in the {limit - used:0.#} pt left"));
        }

        return new PagePlan(0, fitLines, used + (fitLines * lineHeight) + (2 * PadY) + marker, false, null);
    }

    private float TopHeight() => (CaptionText is null ? 0 : CaptionStyle.LineHeight + 2f) + RowHeight(header!, 0);

    private float RowHeight(RowLayout row, int skipLines) => ((row.LineCount - skipLines) * Style.LineHeight) + (2 * PadY);

    private void EnsureColumns(float width, LayoutContext context)
    {
        if (Math.Abs(width - layoutWidth) < 0.01f && header is not null && ReferenceEquals(needsFonts, context.Text.Fonts))
        {
            return;
        }

        layoutWidth = width;
        window.Clear();
        columnWidths = Distribute(width, context);
        header = columnWidths.Length == 0 ? null : HeaderLayout(context);
    }

    private RowLayout HeaderLayout(LayoutContext context) =>
        Layout(-1, Columns.Select(c => c.Header).ToArray(), Style.AsBold(), TableRowKind.Normal, context);

    private RowLayout Row(int index, LayoutContext context)
    {
        int offset = index - nextRow;
        while (window.Count <= offset)
        {
            int r = nextRow + window.Count;
            var row = Rows[r];
            if (row.Cells.Count != Columns.Count)
            {
                throw new ArgumentException($"{Describe()}: row {r + 1} has {row.Cells.Count} cells for {Columns.Count} columns.", nameof(Rows));
            }

            var style = row.Kind == TableRowKind.Normal ? Style : Style.AsBold();
            window.Add(Layout(r, row.Cells, style, row.Kind, context));
        }

        return window[offset];
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
                : context.Text.Wrap(cells[c], style, Math.Max(1f, columnWidths[c] - (2 * PadX)));
        }

        return new RowLayout(index, wrapped, style, kind);
    }
}
