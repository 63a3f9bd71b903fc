using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Excel;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;

namespace Reporting.Tests.Rendering;

/// <summary>Walks a rendered workbook along its <see cref="FormDocument"/> and lists every cell that differs: field values
/// (label in A, value in B of a form sheet; "Label: value" title lines of a list sheet), table headers and rows, and
/// subtotal/total cells, whose formulas are evaluated by ClosedXML.</summary>
internal sealed class WorkbookReadBack(IReadOnlyDictionary<(string Sheet, string Cell), string> cached)
{
    public List<string> Problems { get; } = [];

    /// <summary>Number of document values compared (so a test can be sure it compared something).</summary>
    public int Checked { get; private set; }

    public int Formulas { get; private set; }

    public static WorkbookReadBack Compare(byte[] xlsx, FormDocument document)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var readBack = new WorkbookReadBack(CachedFormulaValues.Read(xlsx));
        foreach (var group in document.Sections.GroupBy(s => s.Sheet))
        {
            if (!book.TryGetWorksheet(group.Key, out var sheet))
            {
                readBack.Problems.Add($"no sheet '{group.Key}'");
                continue;
            }
            var blocks = group.SelectMany(s => s.Blocks).ToList();
            var list = blocks.OfType<TableBlock>().FirstOrDefault(t => t.IsList);
            if (list is null)
            {
                readBack.FormSheet(sheet, blocks);
            }
            else
            {
                readBack.ListSheet(sheet, blocks, list);
            }
        }
        return readBack;
    }

    private void FormSheet(IXLWorksheet sheet, IReadOnlyList<FormBlock> blocks)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var row = 1;
        int Find(string text, string what)
        {
            while (row <= last && sheet.Cell(row, 1).GetString() != text)
            {
                row++;
            }
            if (row > last)
            {
                Problems.Add($"{sheet.Name}: '{text}' ({what}) not found in column A");
            }
            return row;
        }
        foreach (var block in blocks)
        {
            switch (block)
            {
                case FieldsBlock f:
                    foreach (var field in f.Fields)
                    {
                        if (Find(field.Label, field.Key) <= last)
                        {
                            Value(sheet.Cell(row, 2), field.Value, field.Key);
                            row++;
                        }
                    }
                    break;
                case TableBlock t:
                    if (Find(t.Title, t.Key) <= last)
                    {
                        row = TableRows(sheet, t, row + 1);
                    }
                    break;
            }
        }
    }

    private void ListSheet(IXLWorksheet sheet, IReadOnlyList<FormBlock> blocks, TableBlock list)
    {
        var header = sheet.SheetView.SplitRow;
        var titles = Enumerable.Range(1, Math.Max(0, header - 1)).Select(r => sheet.Cell(r, 1).GetString()).ToHashSet();
        foreach (var field in blocks.OfType<FieldsBlock>().SelectMany(b => b.Fields))
        {
            Checked++;
            var line = $"{field.Label}: {FormText.Format(field.Value)}";
            if (!titles.Contains(line))
            {
                Problems.Add($"{sheet.Name}: title line '{line}' ({field.Key}) missing above the header row {header}");
            }
        }
        var end = TableRows(sheet, list, header);
        var lastUsed = sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastUsed >= end)
        {
            Problems.Add($"{sheet.Name}: rows {end}..{lastUsed} are not in the document");
        }
    }

    /// <summary>Header row at <paramref name="headerRow"/>, then one row per form row; returns the row after the table.</summary>
    private int TableRows(IXLWorksheet sheet, TableBlock table, int headerRow)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var label = sheet.Cell(headerRow, c + 1).GetString();
            if (label != table.Columns[c].Label)
            {
                Problems.Add($"{sheet.Name}!{sheet.Cell(headerRow, c + 1).Address}: header '{label}', expected '{table.Columns[c].Label}'");
            }
        }
        var row = headerRow + 1;
        foreach (var formRow in table.Rows)
        {
            for (var c = 0; c < formRow.Cells.Count; c++)
            {
                Value(sheet.Cell(row, c + 1), formRow.Cells[c], $"{table.Key}.{table.Columns[c].Key} ({formRow.Role})");
            }
            row++;
        }
        return row;
    }

    private void Value(IXLCell cell, FormValue expected, string what)
    {
        Checked++;
        var where = $"{cell.Worksheet.Name}!{cell.Address} {what}";
        if (expected.IsSuppressed || expected.Kind is ValueKind.Text or ValueKind.Flag)
        {
            var text = expected.IsSuppressed ? FormText.SuppressedMark
                : expected.Kind == ValueKind.Flag && expected.Number is { } f ? (f != 0m ? "ja" : "nein") : expected.Text ?? "";
            if (cell.HasFormula || cell.DataType != XLDataType.Text || cell.GetString() != text)
            {
                Problems.Add($"{where}: {Describe(cell)}, expected text '{text}'");
            }
            return;
        }
        var format = Format(expected.Kind);
        if ((expected.Number is not null || expected.Date is not null) && cell.Style.NumberFormat.Format != format)
        {
            Problems.Add($"{where}: number format '{cell.Style.NumberFormat.Format}', expected '{format}'");
        }
        if (expected.Kind == ValueKind.Date)
        {
            if (expected.Date is { } d ? cell.DataType != XLDataType.DateTime || DateOnly.FromDateTime(cell.GetDateTime()) != d : !cell.IsEmpty())
            {
                Problems.Add($"{where}: {Describe(cell)}, expected date {expected.Date:yyyy-MM-dd}");
            }
            return;
        }
        if (expected.Number is not { } number)
        {
            if (!cell.IsEmpty())
            {
                Problems.Add($"{where}: {Describe(cell)}, expected an empty cell");
            }
            return;
        }
        if (cell.HasFormula)
        {
            Formulas++;
            // Evaluated in double by ClosedXML: equal up to double rounding (far below a cent). The cached result must be
            // the engine's decimal exactly.
            var evaluated = Convert.ToDouble(cell.Value, CultureInfo.InvariantCulture);
            var engine = (double)number;
            var written = cached.GetValueOrDefault((cell.Worksheet.Name, cell.Address.ToString()!), "");
            if (Math.Abs(evaluated - engine) > 1e-9 * Math.Max(1, Math.Abs(engine)) || written.Length == 0 || decimal.Parse(written, CultureInfo.InvariantCulture) != number)
            {
                Problems.Add($"{where}: ={cell.FormulaA1} evaluates to {evaluated.ToString(CultureInfo.InvariantCulture)} (cached '{written}'), engine {number.ToString(CultureInfo.InvariantCulture)}");
            }
            return;
        }
        // ClosedXML keeps 15 significant digits (as Excel does); a 28-digit ratio is written in full but read back rounded.
        var exact = double.Parse(number.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var fifteen = double.Parse(number.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (cell.DataType != XLDataType.Number || (cell.GetDouble() != exact && cell.GetDouble() != fifteen))
        {
            Problems.Add($"{where}: {Describe(cell)}, expected number {number.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    public static string Format(ValueKind kind) => kind switch
    {
        ValueKind.Euro => ExcelNumberFormats.Euro,
        ValueKind.Count => ExcelNumberFormats.Integer,
        ValueKind.Percent => ExcelNumberFormats.Percent,
        ValueKind.Date => ExcelNumberFormats.Date,
        ValueKind.Number => ExcelNumberFormats.Amount,
        _ => "",
    };

    private static string Describe(IXLCell cell) => cell.HasFormula
        ? $"formula ={cell.FormulaA1}"
        : $"{cell.DataType} '{Convert.ToString(cell.Value, CultureInfo.InvariantCulture)}'";
}
