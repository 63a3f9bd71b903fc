namespace Reporting.Core.Excel;

/// <summary>What <see cref="StreamingXlsxWriter.AddSheet"/> was told about a sheet; the header row follows the title lines.</summary>
internal sealed record XlsxSheetLayout(
    string Name,
    IReadOnlyList<XlsxColumn> Columns,
    bool FreezeHeaderRow,
    bool AutoFilter,
    XlsxPrintSetup Print,
    IReadOnlyList<string> TitleLines)
{
    public int HeaderRow => TitleLines.Count + 1;
}
