using System.Globalization;

namespace Reporting.Core.Excel;

/// <summary>A1-style references for formulas: columns are counted from 0 here, rows from 1 as Excel shows them.</summary>
internal static class XlsxReference
{
    /// <summary>Excel's last column is XFD (16,384 columns).</summary>
    public const int MaxColumns = 16384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>0 → A, 25 → Z, 26 → AA, 16383 → XFD.</summary>
    public static string ColumnName(int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(columnIndex, MaxColumns);
        Span<char> buffer = stackalloc char[3];
        var position = buffer.Length;
        var n = columnIndex + 1;
        while (n > 0)
        {
            var rest = (n - 1) % 26;
            buffer[--position] = (char)('A' + rest);
            n = (n - 1) / 26;
        }
        return new string(buffer[position..]);
    }

    /// <summary>(4, 2) → E2</summary>
    public static string Cell(int columnIndex, int row) => ColumnName(columnIndex) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A range within one column: (4, 2, 5001) → E2:E5001.</summary>
    public static string ColumnRange(int columnIndex, int fromRow, int toRow) => Cell(columnIndex, fromRow) + ":" + Cell(columnIndex, toRow);

    /// <summary>An absolute range for defined names: (0, 1, 24, 5001) → $A$1:$Y$5001.</summary>
    public static string AbsoluteRange(int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"${ColumnName(firstColumn)}${firstRow}:${ColumnName(lastColumn)}${lastRow}");
}
