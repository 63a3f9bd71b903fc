using System.Globalization;
using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Forms.Rendering;

internal static partial class PdfFormRenderer
{
    /// <summary>
    /// Sizes the form's tables from their content, measured with the document's fonts: identifiers (text columns
    /// whose values have no spaces: voucher numbers, ids, cost categories), dates, amounts and counts get fitted
    /// columns that are never broken; only free text wraps, at spaces. A table is set at 8 pt, or a step smaller, or
    /// on landscape pages down to 5.5 pt; one that fits none of these (the 25-column monthly export) is printed in
    /// column bands.
    /// </summary>
    private sealed class TableSizing(TextShaper text)
    {
        private const float BaseSize = 8f;
        private const float Step = 0.5f;
        private const float MinSize = 5.5f;
        private const float BandSize = 6.5f;

        /// <summary>Measured widths are scaled to other sizes; this absorbs the rounding.</summary>
        private const float Tolerance = 0.05f;

        private readonly Dictionary<TableBlock, float[]> _minima = new(ReferenceEqualityComparer.Instance);

        /// <summary>The tables measured at the base size; used as they are when that size fits, so a long Belegliste
        /// is measured once (the table keeps its measurements for the document's fonts).</summary>
        private readonly Dictionary<TableBlock, Table> _measuredTables = new(ReferenceEqualityComparer.Instance);

        /// <summary>Portrait when every table fits a portrait page at 8 pt or one step smaller, else landscape.</summary>
        public PageLayout PageFor(IEnumerable<TableBlock> tables)
        {
            var portrait = PageLayout.A4Portrait.Body.Width;
            return tables.All(t => Fits(t, BaseSize, portrait) || Fits(t, BaseSize - Step, portrait)) ? PageLayout.A4Portrait : PageLayout.A4Landscape;
        }

        /// <summary>The table at the largest size that fits <paramref name="bodyWidth"/>, or its column bands.</summary>
        public IEnumerable<Table> TablesFor(TableBlock t, float bodyWidth)
        {
            for (var size = BaseSize; size >= MinSize - 0.01f; size -= Step)
            {
                if (Fits(t, size, bodyWidth))
                {
                    return [size == BaseSize && _measuredTables.TryGetValue(t, out var measured) ? measured : Build(t, size)];
                }
            }

            return Bands(t, bodyWidth);
        }

        /// <summary>Column bands that fit at 6.5 pt, each repeating the leading text and date columns (project, month,
        /// dates) and titled "… (Teil k von n)", so no amount is ever squeezed across lines.</summary>
        private IEnumerable<Table> Bands(TableBlock t, float bodyWidth)
        {
            var keys = t.Columns.TakeWhile(c => c.Kind is ValueKind.Text or ValueKind.Date).Count();
            var bands = new List<List<int>>();
            var current = new List<int>();
            for (var i = keys; i < t.Columns.Count; i++)
            {
                if (current.Count > 0 && Need(t, Enumerable.Range(0, keys).Concat(current).Append(i), BandSize) > bodyWidth - Tolerance)
                {
                    bands.Add(current);
                    current = [];
                }
                current.Add(i);
            }
            bands.Add(current);
            for (var b = 0; b < bands.Count; b++)
            {
                int[] index = [.. Enumerable.Range(0, keys), .. bands[b]];
                var band = new TableBlock(string.Create(CultureInfo.InvariantCulture, $"{t.Title} (Teil {b + 1} von {bands.Count})"), t.Key,
                    [.. index.Select(i => t.Columns[i])], new ProjectedRows(t.Rows, index), t.IsList);
                _minima[band] = [.. index.Select(i => Minima(t)[i])];
                var size = BandSize;
                while (size > MinSize && !Fits(band, size, bodyWidth))
                {
                    size -= Step;
                }
                yield return Build(band, size);
            }
        }

        private bool Fits(TableBlock t, float size, float bodyWidth) => Need(t, Enumerable.Range(0, t.Columns.Count), size) <= bodyWidth - Tolerance;

        /// <summary>The minimum width of <paramref name="columns"/> at <paramref name="size"/>: text widths scale with the
        /// font size (HarfBuzz advances, no hinting), cell padding does not.</summary>
        private float Need(TableBlock t, IEnumerable<int> columns, float size)
        {
            var measured = Minima(t);
            const float Padding = (2 * Table.PadX) + 0.01f;
            return columns.Sum(c => ((measured[c] - Padding) * size / BaseSize) + Padding);
        }

        private float[] Minima(TableBlock t)
        {
            if (!_minima.TryGetValue(t, out var measured))
            {
                var table = Build(t, BaseSize);
                measured = [.. table.MinimumColumnWidths(text)];
                _minima[t] = measured;
                _measuredTables[t] = table;
            }
            return measured;
        }

        private static Table Build(TableBlock t, float size) =>
            new([.. t.Columns.Select((c, i) => Column(t, c, i))], new TableRows(t), t.Title, new TextStyle(size));

        private static TableColumn Column(TableBlock t, FormColumn c, int index) => c.Kind switch
        {
            ValueKind.Text when IsIdentifier(t, index) => TableColumn.Identifier(c.Label),
            ValueKind.Text => TableColumn.Text(c.Label, (float)Math.Max(c.Width, 1) / 10f),
            ValueKind.Date => TableColumn.Identifier(c.Label),
            ValueKind.Flag => TableColumn.Identifier(c.Label, TextAlign.Center),
            _ => TableColumn.Number(c.Label),
        };

        /// <summary>A text column is an identifier when none of its values contains white space and none is longer than
        /// <see cref="LongestIdentifier"/> characters (a longer unbroken text is free text, broken where it must be).</summary>
        private static bool IsIdentifier(TableBlock t, int index) =>
            t.Rows.All(r => r.Cells[index].Text is not { } s || (s.Length <= LongestIdentifier && !s.Any(char.IsWhiteSpace)));

        /// <summary>The longest text taken for an identifier (voucher numbers, ids and cost categories are far shorter).</summary>
        private const int LongestIdentifier = 48;
    }
}
