using ClosedXML.Excel;

namespace Reporting.Core.Excel;

/// <summary>Sheet layout for ClosedXML sheets: the same view, filter, print setup and protection as <see cref="StreamingXlsxWriter"/>.</summary>
public static partial class ClosedXmlExtensions
{
    /// <summary>
    /// A list below <paramref name="headerRow"/>: header bold, rows down to the header frozen, and an autofilter over
    /// header and data rows (<paramref name="lastDataRow"/>, without any total row below).
    /// </summary>
    public static IXLWorksheet ApplyListLayout(this IXLWorksheet sheet, int headerRow, int lastColumn, int lastDataRow, bool freeze = true, bool autoFilter = true)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentOutOfRangeException.ThrowIfLessThan(headerRow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastColumn, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDataRow, headerRow);
        sheet.Range(headerRow, 1, headerRow, lastColumn).AsHeader();
        if (freeze)
        {
            sheet.SheetView.FreezeRows(headerRow);
        }
        if (autoFilter)
        {
            sheet.Range(headerRow, 1, lastDataRow, lastColumn).SetAutoFilter();
        }
        return sheet;
    }

    /// <summary>A4, one page wide, header row repeated on each page (when <paramref name="headerRow"/> is given), header and footer.</summary>
    public static IXLWorksheet ApplyPrintSetup(this IXLWorksheet sheet, XlsxPrintSetup print, int? headerRow = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(print);
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = print.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        if (print.RepeatHeaderRow && headerRow is { } row)
        {
            page.SetRowsToRepeatAtTop(row, row);
        }
        // Cut to Excel's length limit as the streaming writer does. ClosedXML writes section texts as they are (it
        // does not escape '&'), so our codes fit as they stand.
        var (headerLeft, headerCenter, headerRight) = XlsxHeaderFooter.Fit(print.HeaderLeft, print.HeaderCenter, print.HeaderRight);
        var (footerLeft, footerCenter, footerRight) = XlsxHeaderFooter.Fit(print.FooterLeft, print.FooterCenter, print.FooterRight);
        AddSection(page.Header.Left, headerLeft);
        AddSection(page.Header.Center, headerCenter);
        AddSection(page.Header.Right, headerRight);
        AddSection(page.Footer.Left, footerLeft);
        AddSection(page.Footer.Center, footerCenter);
        AddSection(page.Footer.Right, footerRight);
        return sheet;

        static void AddSection(IXLHFItem item, string code)
        {
            item.Clear(XLHFOccurrence.AllPages);
            if (code.Length > 0)
            {
                item.AddText(code, XLHFOccurrence.AllPages);
            }
        }
    }

    /// <summary>
    /// Protects the sheet without a password so computed cells cannot be overwritten by accident, while the
    /// <paramref name="inputCells"/> stay editable. Selecting, sorting, filtering and resizing columns stay allowed.
    /// </summary>
    public static IXLWorksheet ProtectComputedCells(this IXLWorksheet sheet, params IEnumerable<IXLRangeBase> inputCells)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(inputCells);
        foreach (var range in inputCells)
        {
            range.Style.Protection.Locked = false;
        }
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.SelectEverything)
            .AllowElement(XLSheetProtectionElements.AutoFilter)
            .AllowElement(XLSheetProtectionElements.Sort)
            .AllowElement(XLSheetProtectionElements.FormatColumns);
        return sheet;
    }

    /// <summary>Sets every used column's width from its content (see <see cref="ColumnWidthCalculator"/>); no GDI+.</summary>
    public static IXLWorksheet ApplyColumnWidths(this IXLWorksheet sheet, ColumnWidthCalculator? calculator = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        calculator ??= ColumnWidthCalculator.Default;
        foreach (var column in sheet.ColumnsUsed())
        {
            var texts = column.CellsUsed().Select(c => (ExcelDisplayText.Of(c), c.Style.Font.Bold));
            column.Width = calculator.Width(texts);
        }
        return sheet;
    }
}
