using System.Globalization;
using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Pdf.Text;
using PdfChart = Reporting.Core.Pdf.Elements.ChartBlock;
using PdfSignature = Reporting.Core.Pdf.Elements.SignatureBlock;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Draws a <see cref="FormDocument"/> as an A4 PDF with the layout layer: the same blocks, in the same order,
/// with the same values as the Excel file. Formats only; never computes.</summary>
public static class PdfFormRenderer
{
    /// <summary>Tables with more columns than this are printed on landscape pages.</summary>
    public const int PortraitColumnLimit = 8;

    public static PdfRenderResult Render(FormDocument document, Stream output, FontSet fonts) =>
        Compose(document).Render(output, fonts);

    /// <summary>The document as layout elements (also what the layout tests draw onto a recording canvas).</summary>
    public static PdfDocumentBuilder Compose(FormDocument document)
    {
        var h = document.Header;
        var wide = document.Blocks.OfType<TableBlock>().Any(t => t.Columns.Count > PortraitColumnLimit);
        var created = h.GeneratedAt.UtcDateTime;
        var builder = new PdfDocumentBuilder(wide ? PageLayout.A4Landscape : PageLayout.A4Portrait)
            .WithMetadata(new PdfMetadata(
                $"{h.Title} – {h.ScopeLabel} – {h.PeriodLabel}",
                "FundingReports",
                h.Subtitle ?? h.Title,
                $"FundingReports, Formular {h.FormId} Version {h.Version}",
                "FundingReports (SkiaSharp)",
                created,
                created,
                $"{h.FormId}; {h.RuleSet}"))
            .WithHeader($"{h.Title} ({h.FormId})", $"{h.ScopeKey} · {h.PeriodLabel}")
            .WithFooter(
                $"erstellt am {h.GeneratedAt.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)}",
                $"Datenstand {h.AsOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} · {(h.Published ? "zur Veröffentlichung" : "nur für den Dienstgebrauch")}");

        builder.Add(new Paragraph(h.Title, new TextStyle(16f, PdfFontStyle.Bold)));
        if (h.Subtitle is not null)
        {
            builder.Add(new Paragraph(h.Subtitle, new TextStyle(10f, PdfFontStyle.Regular, PdfColor.Grey)));
        }
        builder.Add(new Spacer(6)).Add(new KeyValueBlock(
        [
            new("Formular", $"{h.FormId}, Version {h.Version}"),
            new("Regelwerk", h.RuleSet),
            new("Bereich", FormText.ForPaper(h.ScopeLabel)),
            new("Berichtszeitraum", $"{h.PeriodLabel} ({h.PeriodText})"),
            new("Stichtag (Datenstand)", h.AsOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            new("Geheimhaltung", h.Published ? "veröffentlichungsfähig: kleine Fallzahlen durch * ersetzt" : "intern: alle Werte ungekürzt"),
        ], labelWidth: 130));

        foreach (var section in document.Sections)
        {
            if (section.Blocks.OfType<TableBlock>().Any(t => t.IsList) && section != document.Sections[0])
            {
                builder.Add(new PageBreak());
            }
            builder.Add(new Spacer(10)).Add(Paragraph.Heading(section.Title, 12f));
            foreach (var block in section.Blocks)
            {
                builder.AddRange(Elements(block, builder.Layout.Body.Width));
            }
        }

        var notes = document.Footnotes.ToList();
        if (h.Published && FormText.HasSuppressedCells(document))
        {
            builder.Add(new Spacer(8)).Add(new Footnote(FormText.ConfidentialityNote, FormText.SuppressedMark));
        }
        for (var i = 0; i < notes.Count; i++)
        {
            builder.Add(new Spacer(i == 0 ? 8 : 2)).Add(new Footnote(notes[i], (i + 1).ToString(CultureInfo.InvariantCulture)));
        }
        return builder;
    }

    private static IEnumerable<Pdf.Layout.Element> Elements(FormBlock block, float bodyWidth)
    {
        switch (block)
        {
            case FieldsBlock f:
                if (f.Title.Length > 0)
                {
                    yield return new Spacer(4);
                    yield return Paragraph.Heading(f.Title, 10f);
                }
                yield return new KeyValueBlock(
                    f.Fields.Select(x => new KeyValuePair<string, string>(x.Label, FormText.ForPaper(FormText.Format(x.Value)))).ToList(), labelWidth: 230);
                break;
            case TableBlock t:
                foreach (var band in Bands(t, bodyWidth))
                {
                    yield return new Spacer(6);
                    yield return TableFor(band, bodyWidth);
                }
                break;
            case TextBlock x:
                if (x.Title.Length > 0)
                {
                    yield return Paragraph.Heading(x.Title, 10f);
                }
                foreach (var element in MarkdownText(x.Text))
                {
                    yield return element;
                }
                break;
            case ChartBlock c:
                yield return new Spacer(6);
                yield return Paragraph.Heading(c.Title, 10f);
                yield return new PdfChart(FormCharts.ToPlot(c), 190f);
                break;
            case SignatureBlock s:
                yield return new Spacer(24);
                yield return new PdfSignature(null, s.Captions[0], s.Captions.Count > 1 ? s.Captions[1] : "Unterschrift");
                break;
        }
    }

    /// <summary>Average advance of a DejaVu Sans character per point of font size, with a margin; used so that no
    /// header word is ever broken across lines.</summary>
    private const float CharWidthPerPoint = 0.74f;

    /// <summary>Space left at least for each relatively sized (text) column.</summary>
    private const float MinRelativeWidth = 70f;

    /// <summary>The table at 8 pt, or at the largest smaller size (down to 5.5 pt) at which its columns fit the page
    /// width; if none does, every column becomes proportional to its preferred width, which always fits.</summary>
    private static Table TableFor(TableBlock t, float bodyWidth)
    {
        for (var size = 8f; size >= 5.5f; size -= 0.5f)
        {
            var columns = t.Columns.Select(c => Column(c, size)).ToList();
            if (columns.Sum(c => c.Width.IsFixed ? c.Width.Value : MinRelativeWidth) <= bodyWidth)
            {
                return new Table(columns, new TableRows(t), t.Title, new TextStyle(size));
            }
        }
        var proportional = t.Columns.Select(c => Column(c, 5.5f))
            .Select(c => c with { Width = ColumnWidth.Relative(c.Width.IsFixed ? c.Width.Value : MinRelativeWidth) }).ToList();
        return new Table(proportional, new TableRows(t), t.Title, new TextStyle(5.5f));
    }

    /// <summary>A table too wide for the page even at 5.5 pt (the 25-column monthly export) is printed in column bands
    /// that fit at 6.5 pt, each repeating the leading text and date columns (project, month, dates) and titled
    /// "… (Teil k von n)", so no amount is ever squeezed across lines.</summary>
    private static IEnumerable<TableBlock> Bands(TableBlock t, float bodyWidth)
    {
        bool Fits(IEnumerable<FormColumn> columns, float size) =>
            columns.Select(c => Column(c, size)).Sum(c => c.Width.IsFixed ? c.Width.Value : MinRelativeWidth) <= bodyWidth;
        if (Fits(t.Columns, 5.5f))
        {
            yield return t;
            yield break;
        }
        var keys = t.Columns.TakeWhile(c => c.Kind is ValueKind.Text or ValueKind.Date).Count();
        var bands = new List<List<int>>();
        var current = new List<int>();
        for (var i = keys; i < t.Columns.Count; i++)
        {
            if (current.Count > 0 && !Fits(Enumerable.Range(0, keys).Concat(current).Append(i).Select(j => t.Columns[j]), 6.5f))
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
            yield return new TableBlock(string.Create(CultureInfo.InvariantCulture, $"{t.Title} (Teil {b + 1} von {bands.Count})"), t.Key,
                [.. index.Select(i => t.Columns[i])], new ProjectedRows(t.Rows, index), t.IsList);
        }
    }

    private static TableColumn Column(FormColumn c, float size)
    {
        var perChar = CharWidthPerPoint * size;
        var fitWord = c.Label.Split(' ', '-').Max(w => w.Length) * perChar + 8f;
        float Fixed(float preferredChars) => Math.Max(preferredChars * perChar, fitWord);
        return c.Kind switch
        {
            ValueKind.Text when c.Width <= 16 => new TableColumn(c.Label, ColumnWidth.Fixed(Fixed((float)Math.Max(c.Width, 6) * 0.9f)), TextAlign.Left),
            ValueKind.Text => TableColumn.Text(c.Label, (float)c.Width / 10f),
            ValueKind.Date => new TableColumn(c.Label, ColumnWidth.Fixed(Fixed(11)), TextAlign.Left),
            ValueKind.Flag => new TableColumn(c.Label, ColumnWidth.Fixed(Fixed(7)), TextAlign.Center),
            ValueKind.Euro => TableColumn.Number(c.Label, Fixed(15)),
            ValueKind.Count => TableColumn.Number(c.Label, Fixed(8)),
            _ => TableColumn.Number(c.Label, Fixed(9)),
        };
    }

    /// <summary>The Markdown subset of a Sachbericht: <c>#</c> headings, <c>- </c> bullets, blank-line paragraphs.</summary>
    internal static IEnumerable<Pdf.Layout.Element> MarkdownText(string text)
    {
        var paragraph = new List<string>();
        IEnumerable<Pdf.Layout.Element> Flush()
        {
            if (paragraph.Count > 0)
            {
                yield return new Paragraph(string.Join(' ', paragraph));
                yield return new Spacer(4);
                paragraph.Clear();
            }
        }
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                foreach (var e in Flush()) yield return e;
            }
            else if (line.StartsWith('#'))
            {
                foreach (var e in Flush()) yield return e;
                yield return Paragraph.Heading(line.TrimStart('#').Trim(), line.StartsWith("##", StringComparison.Ordinal) ? 10f : 11f);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                foreach (var e in Flush()) yield return e;
                yield return new Paragraph("• " + line[2..].Trim());
            }
            else
            {
                paragraph.Add(line);
            }
        }
        foreach (var e in Flush()) yield return e;
    }

    /// <summary>Form rows as table rows, formatted on demand, so a long Belegliste is never held twice.</summary>
    private sealed class TableRows(TableBlock table) : IReadOnlyList<TableRow>
    {
        private readonly IReadOnlyList<FormRow> _rows = table.Rows;

        public int Count => _rows.Count;

        public TableRow this[int index] => Convert(_rows[index]);

        private static TableRow Convert(FormRow row)
        {
            var cells = row.Cells.Select(FormText.Format).Select(s => s == FormText.None ? "" : FormText.ForPaper(s)).ToList();
            return row.Role switch
            {
                RowRole.Subtotal => new TableRow(cells, TableRowKind.Subtotal),
                RowRole.Total => new TableRow(cells, TableRowKind.Total),
                _ => new TableRow(cells),
            };
        }

        public IEnumerator<TableRow> GetEnumerator()
        {
            foreach (var row in _rows)
            {
                yield return Convert(row);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
