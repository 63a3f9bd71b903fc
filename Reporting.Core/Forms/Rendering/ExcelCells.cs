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
internal sealed class ColumnSums(IReadOnlyList<FormColumn> columns)
{
    private readonly decimal[] _sums = new decimal[columns.Count];
    private readonly bool[] _blocked = new bool[columns.Count];

    public int FirstRow { get; private set; }

    public void Start(int firstRow)
    {
        FirstRow = firstRow;
        Array.Clear(_sums);
        Array.Clear(_blocked);
    }

    public void Add(FormRow row)
    {
        for (var i = 0; i < row.Cells.Count && i < _sums.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.IsSuppressed)
            {
                _blocked[i] = true;
            }
            else if (cell.Number is { } n)
            {
                _sums[i] += n;
            }
        }
    }

    /// <summary>The cells of a total row over rows <see cref="FirstRow"/>..<paramref name="lastRow"/>, bold.</summary>
    public XlsxCell[] TotalCells(FormRow total, int lastRow, Func<int, int, int, string> formula)
    {
        var cells = new XlsxCell[total.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var value = total.Cells[i];
            var useFormula = i < columns.Count && ExcelCells.IsSummable(columns[i].Kind) && value.Number is { } n
                && !_blocked[i] && n == _sums[i] && lastRow >= FirstRow;
            cells[i] = (useFormula
                ? XlsxCell.Formula(formula(i, FirstRow, lastRow), value.Number!.Value, ExcelCells.StyleOf(columns[i].Kind))
                : ExcelCells.Of(value)).Bold();
        }
        return cells;
    }
}
