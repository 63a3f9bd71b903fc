using System.Globalization;
using Reporting.Core.Excel;

namespace Reporting.Core.Forms.Rendering;

internal static partial class ExcelFormRenderer
{
    /// <summary>A form sheet: headings, label/value rows (label in A, value in B) and tables starting in column A.</summary>
    private static void WriteFormSheet(StreamingXlsxWriter writer, FormDocument document, string name, IReadOnlyList<FormSection> sections, IReadOnlyList<string> notes)
    {
        var blocks = sections.SelectMany(s => s.Blocks).ToList();
        var widths = FormSheetWidths(blocks);
        var columns = widths.Select(w => new XlsxColumn("", w)).ToList();
        var sheet = writer.AddSheet(name, columns, printSetup: Print(document, NeedsLandscape(widths)), titleLines: Heading(document), headerRow: false, protect: true);
        foreach (var section in sections)
        {
            sheet.WriteRow();
            sheet.WriteRow(XlsxCell.Text(section.Title).Bold());
            foreach (var block in section.Blocks)
            {
                WriteBlock(sheet, block);
            }
        }
        if (notes.Count > 0)
        {
            sheet.WriteRow();
            foreach (var note in notes)
            {
                sheet.WriteRow(XlsxCell.Text(note));
            }
        }
    }

    private static void WriteBlock(XlsxSheetWriter sheet, FormBlock block)
    {
        switch (block)
        {
            case FieldsBlock f:
                if (f.Title.Length > 0)
                {
                    sheet.WriteRow(XlsxCell.Text(f.Title).Bold());
                }
                foreach (var field in f.Fields)
                {
                    sheet.WriteRow(XlsxCell.Text(field.Label), ExcelCells.Of(field.Value));
                }
                break;
            case TableBlock t:
                sheet.WriteRow();
                WriteTable(sheet, t.Title, t.Columns, t.Rows);
                break;
            case ChartBlock c:
                sheet.WriteRow();
                WriteTable(sheet, $"{c.Title} (Werte des Diagramms)", ChartTable.Columns(c), ChartTable.Rows(c));
                break;
            case TextBlock x:
                if (x.Title.Length > 0)
                {
                    sheet.WriteRow(XlsxCell.Text(x.Title).Bold());
                }
                foreach (var line in x.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                {
                    sheet.WriteRow(XlsxCell.Text(line));
                }
                break;
            case SignatureBlock s:
                sheet.WriteRow();
                sheet.WriteRow();
                sheet.WriteRow(XlsxCell.Text("______________________________"), XlsxCell.Text("______________________________"));
                sheet.WriteRow(s.Captions.Select(XlsxCell.Text).ToArray());
                break;
        }
    }

    private static void WriteTable(XlsxSheetWriter sheet, string title, IReadOnlyList<FormColumn> columns, IEnumerable<FormRow> rows)
    {
        sheet.WriteRow(XlsxCell.Text(title).Bold());
        sheet.WriteRow(columns.Select(c => XlsxCell.Text(c.Label).Bold()).ToArray());
        WriteRows(sheet, columns, rows, totalsOutsideFilter: false);
    }

    /// <summary>Column widths in characters, from the content the sheet will show (no GDI+ measuring): labels and
    /// values of the fields in A and B, and every table's header and cells, each column at most 50 characters.</summary>
    private static double[] FormSheetWidths(IReadOnlyList<FormBlock> blocks)
    {
        var tables = blocks.OfType<TableBlock>().Select(t => (t.Columns, Rows: (IEnumerable<FormRow>)t.Rows))
            .Concat(blocks.OfType<ChartBlock>().Select(c => (Columns: ChartTable.Columns(c), Rows: ChartTable.Rows(c)))).ToList();
        var count = Math.Max(2, tables.Count == 0 ? 2 : tables.Max(t => t.Columns.Count));
        var widths = new double[count];
        var labels = blocks.OfType<FieldsBlock>().SelectMany(b => b.Fields).ToList();
        widths[0] = Math.Clamp(labels.Select(f => f.Label.Length + 2).DefaultIfEmpty(20).Max(), 20, 42);
        widths[1] = Math.Clamp(labels.Select(f => FormText.Format(f.Value).Length + 2).DefaultIfEmpty(16).Max(), 16, 34);
        foreach (var (columns, rows) in tables)
        {
            var longest = columns.Select(c => XlsxDisplayWidth.LongestLine(c.Label) * XlsxDisplayWidth.BoldFactor).ToArray();
            foreach (var row in rows)
            {
                var bold = row.Role != RowRole.Data;
                for (var i = 0; i < Math.Min(row.Cells.Count, columns.Count); i++)
                {
                    var cell = ExcelCells.Of(row.Cells[i]);
                    var characters = XlsxDisplayWidth.Characters(cell, cell.Style ?? ExcelCells.StyleOf(columns[i].Kind));
                    longest[i] = Math.Max(longest[i], characters * (bold ? XlsxDisplayWidth.BoldFactor : 1));
                }
            }
            for (var i = 0; i < columns.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Math.Min(MaxListWidth, Math.Ceiling(longest[i] + XlsxDisplayWidth.Padding)));
            }
        }
        return widths;
    }
}

/// <summary>A chart's series as a table, so the xlsx shows the numbers the PDF draws.</summary>
internal static class ChartTable
{
    public static IReadOnlyList<FormColumn> Columns(ChartBlock chart) =>
    [
        chart.Kind == ChartKind.TimeLines ? new FormColumn("date", chart.XLabel, ValueKind.Date, 12) : new FormColumn("category", chart.XLabel, ValueKind.Text, 14),
        .. chart.Series.Select((s, i) => new FormColumn($"s{i}", s.Label, chart.YLabel == "Euro" ? ValueKind.Euro : ValueKind.Number, 16)),
    ];

    public static IEnumerable<FormRow> Rows(ChartBlock chart)
    {
        var keys = chart.Series.SelectMany(s => s.Points).Select(p => (p.Date, p.Category)).Distinct().OrderBy(k => k.Date).ToList();
        foreach (var key in keys)
        {
            var cells = new List<FormValue> { key.Date is { } d ? FormValue.Of(d) : FormValue.Of(key.Category) };
            foreach (var series in chart.Series)
            {
                var point = series.Points.FirstOrDefault(p => p.Date == key.Date && p.Category == key.Category);
                cells.Add(point is null ? FormValue.None(ValueKind.Number)
                    : chart.YLabel == "Euro" ? FormValue.Of(Domain.Money.Euros(point.Value)) : FormValue.Quantity(point.Value));
            }
            yield return new FormRow(cells);
        }
    }
}
