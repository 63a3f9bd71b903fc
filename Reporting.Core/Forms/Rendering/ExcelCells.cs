using Reporting.Core.Excel;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Form values as typed Excel cells: real numbers and dates with German formats set by code; text always as
/// text (so a payee beginning with "=" is never a formula); "*" for a confidential count; a date before 01.03.1900 as text.</summary>
internal static class ExcelCells
{
    /// <summary>Excel has no serial for an earlier day (its 1900 date system counts a 29 February 1900 that never was);
    /// such a date is written as German text, <c>01.01.0001</c>.</summary>
    private static readonly DateOnly FirstSerialDate = new(1900, 3, 1);

    public static XlsxCell Of(FormValue v)
    {
        if (v.IsSuppressed)
        {
            return XlsxCell.Text(FormText.SuppressedMark);
        }
        return v.Kind switch
        {
            ValueKind.Text => v.Text is null ? XlsxCell.Empty : XlsxCell.Text(v.Text),
            ValueKind.Count => v.Number is { } c ? XlsxCell.Integer((long)c) : XlsxCell.Empty,
            ValueKind.Number => v.Number is { } n ? XlsxCell.Amount(n) : XlsxCell.Empty,
            ValueKind.Euro => v.Number is { } e ? XlsxCell.Euro(e) : XlsxCell.Empty,
            ValueKind.Percent => v.Number is { } p ? XlsxCell.Percent(p) : XlsxCell.Empty,
            ValueKind.Date => v.Date is { } d && d < FirstSerialDate ? XlsxCell.Text(FormText.Format(v)) : XlsxCell.Date(v.Date),
            ValueKind.Flag => v.Number is { } f ? XlsxCell.Text(f != 0m ? "ja" : "nein") : XlsxCell.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "unknown kind"),
        };
    }

    public static XlsxStyle StyleOf(ValueKind kind) => kind switch
    {
        ValueKind.Count => XlsxStyle.Integer,
        ValueKind.Number => XlsxStyle.Amount,
        ValueKind.Euro => XlsxStyle.Euro,
        ValueKind.Percent => XlsxStyle.Percent,
        ValueKind.Date => XlsxStyle.Date,
        _ => XlsxStyle.General,
    };

    public static bool IsSummable(ValueKind kind) => kind is ValueKind.Count or ValueKind.Euro or ValueKind.Number;
}

/// <summary>Keeps what a total row needs to become a live formula: for each column the sum of the numbers written
/// since the block (or subtotal group) started, and whether any cell there was hidden. A total becomes
/// <c>SUM</c>/<c>SUBTOTAL</c> over its rows only when that sum equals the engine's total, so recalculating in Excel or
/// LibreOffice can never change a total; otherwise the engine's value is written as a plain number.</summary>
/// <remarks>One running sum per column serves the block and the group: a group's sum is the running sum less its value
/// when the group started (decimal arithmetic is exact here), so each data cell costs one addition.</remarks>
internal sealed class ColumnSums(IReadOnlyList<FormColumn> columns)
{
    private readonly decimal[] _sums = new decimal[columns.Count];
    private readonly decimal[] _groupStart = new decimal[columns.Count];
    private readonly int[] _lastHidden = Enumerable.Repeat(int.MinValue, columns.Count).ToArray();
    private readonly bool[] _summable = [.. columns.Select(c => ExcelCells.IsSummable(c.Kind))];

    public int FirstRow { get; private set; }

    public int GroupFirstRow { get; private set; }

    public void Start(int firstRow)
    {
        FirstRow = GroupFirstRow = firstRow;
        Array.Clear(_sums);
        Array.Clear(_groupStart);
        Array.Fill(_lastHidden, int.MinValue);
    }

    public void StartGroup(int firstRow)
    {
        GroupFirstRow = firstRow;
        Array.Copy(_sums, _groupStart, _sums.Length);
    }

    /// <summary>Counts cell <paramref name="column"/> of the data row written to <paramref name="row"/>.</summary>
    public void Add(int column, FormValue cell, int row)
    {
        if (column >= _sums.Length || !_summable[column])
        {
            return;
        }
        if (cell.IsSuppressed)
        {
            _lastHidden[column] = row;
        }
        else if (cell.Number is { } n)
        {
            _sums[column] += n;
        }
    }

    /// <summary>The cells of a subtotal row over the group's rows down to <paramref name="lastRow"/>, bold.</summary>
    public XlsxCell[] GroupTotalCells(FormRow total, int lastRow, Func<int, int, int, string> formula) =>
        TotalCells(total, GroupFirstRow, lastRow, formula, i => _sums[i] - _groupStart[i]);

    /// <summary>The cells of a total row over all data rows from <see cref="FirstRow"/> to <paramref name="lastRow"/>, bold.</summary>
    public XlsxCell[] TotalCells(FormRow total, int lastRow, Func<int, int, int, string> formula) =>
        TotalCells(total, FirstRow, lastRow, formula, i => _sums[i]);

    private XlsxCell[] TotalCells(FormRow total, int firstRow, int lastRow, Func<int, int, int, string> formula, Func<int, decimal> sum)
    {
        var cells = new XlsxCell[total.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var value = total.Cells[i];
            var useFormula = i < _sums.Length && _summable[i] && value.Number is { } n
                && _lastHidden[i] < firstRow && n == sum(i) && lastRow >= firstRow;
            cells[i] = (useFormula
                ? XlsxCell.Formula(formula(i, firstRow, lastRow), value.Number!.Value, ExcelCells.StyleOf(columns[i].Kind))
                : ExcelCells.Of(value)).Bold();
        }
        return cells;
    }
}
