namespace Reporting.Core.Figures;

/// <summary>A table of person counts, e.g. a breakdown by gender (rows) of entries, active_at_end and placements (columns).</summary>
/// <remarks>
/// <para>A cell is null when it has been suppressed for publication (shown as <c>*</c>); the value is then gone from
/// the model, so no writer can leak it.</para>
/// <para><see cref="ColumnTotals"/> (a total row: each column sums over the rows) and <see cref="RowTotals"/> (a total
/// column: each row sums over the columns) are present only where such a sum is meaningful. Totals are never suppressed.</para>
/// </remarks>
/// <param name="Name">The dimension, e.g. <c>gender</c>, <c>age_group</c>.</param>
public sealed record CountTable(
    string Name,
    IReadOnlyList<string> RowKeys,
    IReadOnlyList<string> ColumnKeys,
    IReadOnlyList<IReadOnlyList<int?>> Cells,
    IReadOnlyList<int>? ColumnTotals,
    IReadOnlyList<int>? RowTotals)
{
    public int? this[int row, int column] => Cells[row][column];

    public int? Cell(string rowKey, string columnKey) =>
        Cells[IndexOf(RowKeys, rowKey)][IndexOf(ColumnKeys, columnKey)];

    public int ColumnTotal(string columnKey) =>
        (ColumnTotals ?? throw new InvalidOperationException($"{Name} has no column totals"))[IndexOf(ColumnKeys, columnKey)];

    /// <summary>True when at least one cell is suppressed.</summary>
    public bool HasSuppressedCells => Cells.Any(row => row.Any(c => c is null));

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        throw new KeyNotFoundException(key);
    }
}
