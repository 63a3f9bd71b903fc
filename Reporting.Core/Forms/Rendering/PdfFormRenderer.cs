using System.Globalization;
using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Pdf.Text;
using Reporting.Core.Text;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Draws a <see cref="FormDocument"/> as an A4 PDF with the layout layer: the same blocks, in the same order,
/// with the same values as the Excel file. Formats only; never computes.</summary>
internal static partial class PdfFormRenderer
{
    public static PdfRenderResult Render(FormDocument document, Stream output, FontSet fonts) =>
        Compose(document, fonts).Render(output, fonts);

    /// <summary>The document as layout elements (also what the layout tests draw onto a recording canvas). The fonts
    /// measure the tables: a document whose tables do not fit a portrait page even one font step smaller is landscape.</summary>
    public static PdfDocumentBuilder Compose(FormDocument document, FontSet fonts)
    {
        var h = document.Header;
        var sizing = new TableSizing(new TextShaper(fonts));
        var created = h.GeneratedAt.UtcDateTime;
        var builder = new PdfDocumentBuilder(sizing.PageFor(document.Blocks.OfType<TableBlock>()))
            .WithMetadata(new PdfMetadata(
                $"{h.Title} – {h.ScopeLabel} – {h.PeriodName}",
                "FundingReports",
                h.Subtitle ?? h.Title,
                $"FundingReports, Formular {h.FormId} Version {h.Version}",
                "FundingReports (SkiaSharp)",
                created,
                created,
                document.RunId is { } runId ? $"{h.FormId}; {h.RuleSet}; {Audit.RunMarker.Prefix}{runId}" : $"{h.FormId}; {h.RuleSet}"))
            .WithHeader($"{h.Title} ({h.FormId})", FormText.ScopeAndPeriod(h))
            .WithFooter(
                $"erstellt am {h.GeneratedAt.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)}",
                $"Datenstand {GermanFormat.Date(h.AsOf)} · {(h.Published ? "zur Veröffentlichung" : "nur für den Dienstgebrauch")}");

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
            new("Berichtszeitraum", FormText.Period(h)),
            new("Stichtag (Datenstand)", GermanFormat.Date(h.AsOf)),
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
                builder.AddRange(Elements(block, builder.Layout.Body.Width, sizing));
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

    private static IEnumerable<Pdf.Layout.Element> Elements(FormBlock block, float bodyWidth, TableSizing sizing)
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
                foreach (var table in sizing.TablesFor(t, bodyWidth))
                {
                    yield return new Spacer(6);
                    yield return table;
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
                yield return new ChartElement(FormCharts.ToPlot(c), 190f);
                break;
            case SignatureBlock s:
                yield return new Spacer(24);
                yield return new SignatureElement(null, s.Captions[0], s.Captions.Count > 1 ? s.Captions[1] : "Unterschrift");
                break;
        }
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
