using System.Globalization;
using System.IO.Compression;
using Reporting.Core.Excel;
using Reporting.Core.Text;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Writes a <see cref="FormDocument"/> as .xlsx with the streaming writer, one sheet per template sheet name.
/// A sheet holding a list (Belegliste, project list, monthly export) is that list: title lines, a frozen header row with
/// filter, and live SUBTOTAL formulas for subtotals and totals. Other sheets are form sheets: label/value rows and small
/// tables one below the other. Every sheet is protected (all cells are computed; filtering and sorting stay allowed),
/// printed on A4 fitted to the page width with form, scope, period and "Seite X von Y" in header and footer.</summary>
internal static partial class ExcelFormRenderer
{
    public static void Render(FormDocument document, Stream output)
    {
        var h = document.Header;
        // The document properties are plain XML: a project name with control characters must not break the workbook.
        var info = new XlsxDocumentInfo(UnicodeText.XmlSafe($"{h.Title} – {h.ScopeLabel} – {h.PeriodName}"), UnicodeText.XmlSafe(h.Subtitle ?? h.Title),
            "FundingReports", h.GeneratedAt)
        {
            Keywords = UnicodeText.XmlSafe($"{h.FormId} {h.Version}; {h.PeriodName}; {(h.Published ? "veröffentlicht" : "intern")}"),
            Description = UnicodeText.XmlSafe($"Formular {h.FormId} Version {h.Version}; Regelwerk: {h.RuleSet}; Stichtag {GermanFormat.Date(h.AsOf)}"),
            Identifier = document.RunId is { } runId ? $"{Audit.RunMarker.Prefix}{runId}" : null,
        };
        // Fastest deflate: a third of Optimal's CPU for a larger file (docs/xlsx.md).
        using var writer = new StreamingXlsxWriter(output, info, leaveOpen: true, CompressionLevel.Fastest);
        try
        {
            var footnotesWritten = false;
            var names = new List<string>();
            foreach (var sheet in document.Sections.GroupBy(s => s.Sheet))
            {
                var sections = sheet.ToList();
                var name = XlsxSheetName.Safe(sheet.Key, names);
                names.Add(name);
                var list = sections.SelectMany(s => s.Blocks).OfType<TableBlock>().FirstOrDefault(t => t.IsList);
                if (list is not null)
                {
                    WriteListSheet(writer, document, name, sections, list);
                }
                else
                {
                    WriteFormSheet(writer, document, name, sections, footnotesWritten ? [] : Notes(document));
                    footnotesWritten = true;
                }
            }
        }
        catch
        {
            // Whatever failed (a figure, a row source, the output), report that error, not a half-written package's.
            writer.Abort();
            throw;
        }
    }

    /// <summary>The most characters of the scope label in a page header.</summary>
    private const int HeaderScopeLimit = 80;

    private static IReadOnlyList<string> Notes(FormDocument document)
    {
        var notes = document.Footnotes.Select((n, i) => $"{i + 1} {n}").ToList();
        if (document.Header.Published && FormText.HasSuppressedCells(document))
        {
            notes.Insert(0, $"{FormText.SuppressedMark} {FormText.ConfidentialityNote}");
        }
        return notes;
    }

    private static XlsxPrintSetup Print(FormDocument document, bool landscape)
    {
        var h = document.Header;
        // Excel allows 255 characters for a page header; a long project name is shortened there (the sheet shows it whole).
        return XlsxPrintSetup.ForReport($"{h.Title} ({h.FormId} v{h.Version})", FormText.Short(h.ScopeLabel, HeaderScopeLimit),
            FormText.Period(h), landscape) with
        {
            FooterLeft = XlsxHeaderFooter.Literal($"erstellt am {h.GeneratedAt.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)}"),
            FooterCenter = XlsxHeaderFooter.Literal($"Datenstand {GermanFormat.Date(h.AsOf)}"),
        };
    }

    private static string[] Heading(FormDocument document)
    {
        var h = document.Header;
        return
        [
            $"{h.Title} – {h.ScopeLabel}",
            $"Berichtszeitraum {FormText.Period(h)} · Stichtag {GermanFormat.Date(h.AsOf)} · {(h.Published ? "zur Veröffentlichung" : "nur für den Dienstgebrauch")}",
        ];
    }

    /// <summary>A list on its own sheet. Fields of the same sheet become title lines.</summary>
    private static void WriteListSheet(StreamingXlsxWriter writer, FormDocument document, string name, IReadOnlyList<FormSection> sections, TableBlock list)
    {
        var titles = Heading(document).Concat(sections.Select(s => s.Title))
            .Concat(sections.SelectMany(s => s.Blocks).OfType<FieldsBlock>().SelectMany(b => b.Fields)
                .Select(f => $"{f.Label}: {FormText.Format(f.Value)}"))
            .ToList();
        var columns = list.Columns.Select(c => XlsxColumn.Fit(c.Label, ExcelCells.StyleOf(c.Kind), MaxListWidth)).ToList();
        var print = Print(document, landscape: false) with { LandscapeAboveWidth = PortraitWidth };
        var sheet = writer.AddSheet(name, columns, printSetup: print, titleLines: titles, protect: true);
        WriteRows(sheet, list.Columns, list.Rows, totalsOutsideFilter: true);
    }

    /// <summary>The widest a list column gets from its data (characters); longer text wraps.</summary>
    private const double MaxListWidth = 50;

    /// <summary>Data rows as typed cells; subtotal rows as <c>SUBTOTAL</c> over their group and the total row as
    /// <c>SUBTOTAL</c> over all data rows (which skips the subtotals), each only where the shown cells add up to the
    /// engine's value (see <see cref="ColumnSums"/>). On list sheets the total row stays outside the filter.</summary>
    private static void WriteRows(XlsxSheetWriter sheet, IReadOnlyList<FormColumn> columns, IEnumerable<FormRow> rows, bool totalsOutsideFilter)
    {
        var cells = new XlsxCell[columns.Count];
        var sums = new ColumnSums(columns);
        sums.Start(sheet.NextRow);
        string Subtotal(int column, int from, int to) => "SUBTOTAL(9," + XlsxReference.ColumnRange(column, from, to) + ")";
        foreach (var row in rows)
        {
            switch (row.Role)
            {
                case RowRole.Data:
                    var at = sheet.NextRow;
                    var count = Math.Min(row.Cells.Count, cells.Length);
                    for (var i = 0; i < count; i++)
                    {
                        var value = row.Cells[i];
                        cells[i] = ExcelCells.Of(value);
                        sums.Add(i, value, at);
                    }
                    sheet.WriteRow(cells.AsSpan(0, count));
                    break;
                case RowRole.Subtotal:
                    sheet.WriteRow(sums.GroupTotalCells(row, sheet.NextRow - 1, Subtotal));
                    sums.StartGroup(sheet.NextRow);
                    break;
                default:
                    var total = sums.TotalCells(row, sheet.NextRow - 1, Subtotal);
                    if (totalsOutsideFilter)
                    {
                        sheet.WriteTotalRow(total);
                    }
                    else
                    {
                        sheet.WriteRow(total);
                    }
                    break;
            }
        }
    }

    /// <summary>About 95 characters of column width fill an A4 portrait page at 100 %; wider sheets print landscape
    /// (and are then fitted to the width).</summary>
    private const double PortraitWidth = 95;

    private static bool NeedsLandscape(IEnumerable<double> widths) => widths.Sum() > PortraitWidth;

}
