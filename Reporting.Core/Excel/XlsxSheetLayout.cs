namespace Reporting.Core.Excel;

/// <summary>What <see cref="StreamingXlsxWriter.AddSheet"/> was told about a sheet; the header row follows the title lines.</summary>
internal sealed record XlsxSheetLayout(
    string Name,
    IReadOnlyList<XlsxColumn> Columns,
    bool FreezeHeaderRow,
    bool AutoFilter,
    XlsxPrintSetup Print,
    IReadOnlyList<string> TitleLines,
    bool HasHeaderRow = true,
    bool Protect = false)
{
    /// <summary>The header row; for a sheet without one, the last title line (so data starts right below).</summary>
    public int HeaderRow => TitleLines.Count + (HasHeaderRow ? 1 : 0);
}
