using System.Globalization;
using ClosedXML.Excel;

namespace Reporting.Tests.Excel;

/// <summary>
/// A canonical text dump of a workbook for golden-file tests: one line per sheet setting and per
/// non-empty cell, e.g. <c>Belegliste!D2 = 1234.56 (number, #,##0.00 "€")</c>, so a diff shows values, not XML.
/// </summary>
internal static class XlsxDump
{
    public static IReadOnlyList<string> Lines(byte[] xlsx)
    {
        using var book = XlsxTestFiles.Open(xlsx);
        var lines = new List<string>();
        foreach (var sheet in book.Worksheets)
        {
            lines.AddRange(SheetLines(sheet));
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
            {
                lines.Add($"{sheet.Name}!{cell.Address} = {CellText(cell)}");
            }
        }
        return lines;
    }

    private static IEnumerable<string> SheetLines(IXLWorksheet sheet)
    {
        var page = sheet.PageSetup;
        yield return $"{sheet.Name}: frozen rows {sheet.SheetView.SplitRow}, autofilter {(sheet.AutoFilter.IsEnabled ? sheet.AutoFilter.Range.RangeAddress.ToString() : "none")}";
        yield return $"{sheet.Name}: print {page.PaperSize} {page.PageOrientation} fit {page.PagesWide}x{page.PagesTall}, title rows {page.FirstRowToRepeatAtTop}-{page.LastRowToRepeatAtTop}";
        yield return $"{sheet.Name}: header \"{HeaderFooter(page.Header)}\", footer \"{HeaderFooter(page.Footer)}\"";
    }

    private static string HeaderFooter(IXLHeaderFooter hf) => string.Join("|",
        hf.Left.GetText(XLHFOccurrence.OddPages), hf.Center.GetText(XLHFOccurrence.OddPages), hf.Right.GetText(XLHFOccurrence.OddPages)).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string CellText(IXLCell cell)
    {
        var format = cell.Style.NumberFormat.Format;
        var bold = cell.Style.Font.Bold ? ", bold" : "";
        var style = (string.IsNullOrEmpty(format) ? "" : ", " + format) + bold;
        if (cell.HasFormula)
        {
            return $"={cell.FormulaA1} → {Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture)} (formula{style})";
        }
        return cell.DataType switch
        {
            XLDataType.Number => $"{((decimal)cell.GetDouble()).ToString(CultureInfo.InvariantCulture)} (number{style})",
            XLDataType.DateTime => $"{cell.GetDateTime():yyyy-MM-dd} (date{style})",
            XLDataType.Boolean => $"{cell.GetBoolean()} (boolean{style})",
            _ => $"\"{cell.GetString().Replace("\n", "\\n", StringComparison.Ordinal)}\" (text{style})",
        };
    }
}
