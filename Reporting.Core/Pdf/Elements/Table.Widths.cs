using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

internal sealed partial class Table
{
    /// <summary>A free-text word wider than this many font sizes (120 pt at 8 pt) is broken rather than widening its
    /// column further.</summary>
    public const float LongestUnbrokenWordInEm = 15f;

    private ColumnNeeds? _needs;
    private Fonts.FontSet? _needsFonts;

    /// <summary>The column widths of the last layout, in points (empty before the first or when the columns do not fit).</summary>
    public IReadOnlyList<float> ColumnWidths => _columnWidths;

    /// <summary>
    /// The narrowest each column can be, padding included: fixed columns their width, fitted columns their widest cell
    /// or header word, free-text columns their widest header word and their widest word (up to
    /// <see cref="LongestUnbrokenWordInEm"/> font sizes). Measured over every row once, with the document's fonts.
    /// </summary>
    public IReadOnlyList<float> MinimumColumnWidths(TextShaper text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Needs(text).Minimum;
    }

    /// <summary>The sum of <see cref="MinimumColumnWidths"/>: the table fits a page body at least this wide.</summary>
    public float MinimumWidth(TextShaper text) => MinimumColumnWidths(text).Sum();

    /// <summary>What each column needs: its minimum and (free text) the width at which no cell wraps.</summary>
    private sealed record ColumnNeeds(float[] Minimum, float[] Preferred);

    private ColumnNeeds Needs(TextShaper text)
    {
        if (_needs is not null && ReferenceEquals(_needsFonts, text.Fonts))
        {
            return _needs;
        }

        int n = Columns.Count;
        var minimum = new float[n];
        var preferred = new float[n];
        var headerStyle = Style.AsBold();
        for (int c = 0; c < n; c++)
        {
            var (_, headerWord) = text.MeasureWords(Columns[c].Header, headerStyle);
            minimum[c] = headerWord;
            preferred[c] = headerWord;
        }

        for (int r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            if (row.Cells.Count != n)
            {
                throw new ArgumentException($"{Describe()}: row {r + 1} has {row.Cells.Count} cells for {n} columns.", nameof(Rows));
            }

            var style = row.Kind == TableRowKind.Normal ? Style : headerStyle;
            for (int c = 0; c < n; c++)
            {
                if (Columns[c].Width.IsFixed || row.Cells[c].Length == 0)
                {
                    continue;
                }

                var (line, word) = text.MeasureWords(row.Cells[c], style);
                if (Columns[c].Width.Sizing == ColumnSizing.Fit)
                {
                    minimum[c] = Math.Max(minimum[c], line);
                }
                else
                {
                    minimum[c] = Math.Max(minimum[c], Math.Min(word, LongestUnbrokenWordInEm * Style.Size));
                    preferred[c] = Math.Max(preferred[c], line);
                }
            }
        }

        for (int c = 0; c < n; c++)
        {
            if (Columns[c].Width.IsFixed)
            {
                minimum[c] = Columns[c].Width.Value;
                preferred[c] = minimum[c];
                continue;
            }

            // Round up a little, so a value measured at exactly the column width never wraps on rounding.
            minimum[c] += (2 * PadX) + 0.01f;
            preferred[c] = Math.Max(minimum[c], preferred[c] + (2 * PadX) + 0.01f);
        }

        _needs = new ColumnNeeds(minimum, preferred);
        _needsFonts = text.Fonts;
        return _needs;
    }

    /// <summary>
    /// Widths for a body <paramref name="width"/> points wide: every column gets its minimum; free-text columns share
    /// what is left by their shares, each up to the width at which none of its cells wraps, then beyond. Without
    /// free-text columns the fitted columns share the rest in proportion to their widths. Empty when the minimums do
    /// not fit.
    /// </summary>
    private float[] Distribute(float width, LayoutContext context)
    {
        var need = Needs(context.Text);
        var widths = (float[])need.Minimum.Clone();
        float rest = width - widths.Sum();
        if (rest < -0.01f)
        {
            return [];
        }

        var relative = Enumerable.Range(0, Columns.Count).Where(c => Columns[c].Width.Sizing == ColumnSizing.Relative).ToList();
        var growing = relative.Where(c => widths[c] < need.Preferred[c]).ToList();
        while (rest > 0.01f && growing.Count > 0)
        {
            float shares = growing.Sum(c => Share(c));
            float given = 0;
            foreach (var c in growing)
            {
                float add = Math.Min(rest * Share(c) / shares, need.Preferred[c] - widths[c]);
                widths[c] += add;
                given += add;
            }

            rest -= given;
            growing = growing.Where(c => widths[c] < need.Preferred[c] - 0.01f).ToList();
        }

        var takers = relative.Count > 0 ? relative : Enumerable.Range(0, Columns.Count).Where(c => !Columns[c].Width.IsFixed).ToList();
        if (rest > 0.01f && takers.Count > 0)
        {
            float weights = takers.Sum(c => relative.Count > 0 ? Share(c) : widths[c]);
            foreach (var c in takers)
            {
                widths[c] += rest * (relative.Count > 0 ? Share(c) : widths[c]) / weights;
            }
        }

        return widths;
    }

    private float Share(int column) => Math.Max(0.01f, Columns[column].Width.Value);

    private string TooWide(float available) => FormattableString.Invariant(
        $"{Describe()}: its columns need at least {_needs!.Minimum.Sum():0.#} pt ({string.Join(", ", Columns.Select((c, i) => $"{c.Header} {_needs.Minimum[i]:0.#}"))}) and are wider than the available {available:0.#} pt");
}
