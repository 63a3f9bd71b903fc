namespace Reporting.Core.Excel;

/// <summary>
/// Column widths from the data (<see cref="XlsxColumn.FitToContent"/>). The widths go before the rows in the part, so a
/// sheet with fitted columns holds its first rows back, up to <see cref="MeasuredCells"/> cells, measures them with
/// the header and the total rows among them, writes the widths and then the rows held. Later rows are written at
/// once and no longer change a width, so memory stays bounded whatever the number of rows. A text column whose
/// longest value is wider than the column's <see cref="XlsxColumn.MaxFitWidth"/> keeps that width and wraps its text.
/// </summary>
internal sealed partial class XlsxSheetWriter
{
    /// <summary>Cells measured before the widths are fixed: every row of a 7-column list of 37,000 rows, the first
    /// 10,000 of a 25-column export (about 10 MB held).</summary>
    public const int MeasuredCells = 262_144;

    private readonly double[] _widths;
    private List<HeldRow>? _pending;
    private int _pendingCells;
    private double[]? _longest;
    private double[]? _longestText;

    private void Hold(ReadOnlySpan<XlsxCell> cells, bool allBold, bool measure)
    {
        _pending!.Add(new HeldRow(cells.ToArray(), allBold));
        _pendingCells += Math.Max(1, cells.Length);
        if (measure)
        {
            Measure(cells, allBold);
        }
        if (_pendingCells >= MeasuredCells)
        {
            ReleasePending();
        }
    }

    private void Measure(ReadOnlySpan<XlsxCell> cells, bool allBold)
    {
        _longest ??= new double[_widths.Length];
        _longestText ??= new double[_widths.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            ref readonly var cell = ref cells[i];
            if (cell.Kind == XlsxCellKind.Empty || !_layout.Columns[i].FitToContent)
            {
                continue;
            }
            var style = cell.Style ?? (cell.Kind == XlsxCellKind.Text ? XlsxStyle.General : _layout.Columns[i].Style);
            var characters = XlsxDisplayWidth.Characters(cell, style) * (allBold || cell.IsBold ? XlsxDisplayWidth.BoldFactor : 1);
            _longest[i] = Math.Max(_longest[i], characters);
            if (cell.Kind == XlsxCellKind.Text)
            {
                _longestText[i] = Math.Max(_longestText[i], characters);
            }
        }
    }

    /// <summary>Fixes the widths from what was measured, writes the head and the rows held back.</summary>
    private void ReleasePending()
    {
        var held = _pending!;
        _pending = null;
        for (var i = 0; i < _widths.Length; i++)
        {
            var column = _layout.Columns[i];
            if (!column.FitToContent || _longest is null)
            {
                continue;
            }
            var wanted = Math.Ceiling(_longest[i] + XlsxDisplayWidth.Padding);
            _widths[i] = Math.Clamp(wanted, column.Width, column.MaxFitWidth);
            _wrapText[i] = _longestText![i] + XlsxDisplayWidth.Padding > column.MaxFitWidth;
        }
        WriteHead();
        var row = _lastRow - held.Count;
        foreach (var (cells, bold) in held)
        {
            EmitRow(++row, cells, bold);
        }
        _pendingCells = 0;
    }

    private readonly record struct HeldRow(XlsxCell[] Cells, bool Bold);
}
