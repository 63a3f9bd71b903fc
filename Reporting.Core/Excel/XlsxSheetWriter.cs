using System.Text;

namespace Reporting.Core.Excel;

/// <summary>
/// Writes one sheet of a <see cref="StreamingXlsxWriter"/> row by row. Data rows (<see cref="WriteRow"/>) come first
/// and are covered by the autofilter; total rows (<see cref="WriteTotalRow"/>) follow them and are not.
/// </summary>
/// <remarks>
/// Rows go straight to UTF-8 (<see cref="XlsxUtf8Writer"/>): per column the bytes of <c>&lt;c r="AB</c> are made
/// once, per row its number once, and a cell's style attribute is looked up by index, so a number cell costs no
/// allocation and a text cell none beyond its own string.
/// </remarks>
internal sealed partial class XlsxSheetWriter
{
    private static readonly byte[][] StyleAttributes = [.. Enumerable.Range(0, XlsxStyleSheet.Count)
        .Select(i => Encoding.UTF8.GetBytes(i == 0 ? "" : $" s=\"{XlsxStyleSheet.IndexText(i)}\""))];

    private readonly XlsxUtf8Writer _xml;
    private readonly XlsxSheetLayout _layout;
    private readonly string[] _columnNames;
    private readonly byte[][] _cellOpen;
    private readonly byte[] _cellOpenNext;
    private readonly int[] _numberStyles;
    private readonly bool[] _wrapText;
    private readonly byte[] _rowNumber = new byte[12];
    private int _rowNumberLength;
    private int _lastRow;
    private bool _totalsStarted;
    private bool _completed;

    internal XlsxSheetWriter(Stream part, XlsxSheetLayout layout, bool isFirstSheet)
    {
        _layout = layout;
        _columnNames = [.. Enumerable.Range(0, layout.Columns.Count).Select(XlsxReference.ColumnName)];
        _cellOpen = [.. _columnNames.Select(n => Encoding.UTF8.GetBytes("<c r=\"" + n))];
        _cellOpenNext = "<c"u8.ToArray();
        _numberStyles = [.. layout.Columns.Select(c => (int)c.Style)];
        _wrapText = new bool[layout.Columns.Count];
        _isFirstSheet = isFirstSheet;
        _widths = [.. layout.Columns.Select(c => c.Width)];
        _xml = new XlsxUtf8Writer(part);
        if (layout.Columns.Any(c => c.FitToContent))
        {
            _pending = [];
        }
        else
        {
            WriteHead();
        }
        for (var i = 0; i < layout.TitleLines.Count; i++)
        {
            WriteCells([XlsxCell.Text(layout.TitleLines[i]).Bold()], allBold: false, measure: false);
        }
        if (layout.HasHeaderRow)
        {
            WriteHeaderRow();
        }
        LastDataRow = _layout.HeaderRow;
    }

    public string Name => _layout.Name;

    /// <summary>The row number (1-based, as Excel shows it) of the header row.</summary>
    public int HeaderRow => _layout.HeaderRow;

    /// <summary>The row the first data row is (or will be) written to.</summary>
    public int FirstDataRow => _layout.HeaderRow + 1;

    /// <summary>The last data row written; <see cref="HeaderRow"/> while there is none.</summary>
    public int LastDataRow { get; private set; }

    /// <summary>The number of data rows written so far.</summary>
    public int DataRowCount => LastDataRow - _layout.HeaderRow;

    /// <summary>The row the next call writes to.</summary>
    public int NextRow => _lastRow + 1;

    /// <summary>
    /// Writes a data row; cells beyond the columns given to <see cref="StreamingXlsxWriter.AddSheet"/> are rejected,
    /// missing cells at the end stay empty.
    /// </summary>
    public void WriteRow(params ReadOnlySpan<XlsxCell> cells)
    {
        if (_totalsStarted)
        {
            throw new InvalidOperationException("Data rows must come before total rows.");
        }
        WriteCells(cells, allBold: false, measure: true);
        LastDataRow = _lastRow;
    }

    /// <summary>Writes a row below the data (e.g. a <c>SUBTOTAL</c> line), in bold and outside the autofilter.</summary>
    public void WriteTotalRow(params ReadOnlySpan<XlsxCell> cells)
    {
        _totalsStarted = true;
        WriteCells(cells, allBold: true, measure: true);
    }

    /// <summary>
    /// <c>SUBTOTAL(9,E2:E5001)</c> over the data rows written so far in column <paramref name="columnIndex"/> (0-based):
    /// a sum that follows the autofilter (hidden rows are left out) and never counts other subtotals.
    /// </summary>
    public string SubtotalSum(int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(columnIndex, _columnNames.Length);
        var last = Math.Max(LastDataRow, FirstDataRow);
        return "SUBTOTAL(9," + XlsxReference.ColumnRange(columnIndex, FirstDataRow, last) + ")";
    }

    private void WriteHeaderRow()
    {
        var header = new XlsxCell[_layout.Columns.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = XlsxCell.Text(_layout.Columns[i].Header);
        }
        WriteCells(header, allBold: true, measure: true);
        LastDataRow = _layout.HeaderRow;
    }

    private void WriteCells(ReadOnlySpan<XlsxCell> cells, bool allBold, bool measure)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        if (cells.Length > _columnNames.Length)
        {
            throw new ArgumentException($"Row {NextRow} has {cells.Length} cells; sheet '{Name}' has {_columnNames.Length} columns.", nameof(cells));
        }
        var row = NextRow;
        if (row > XlsxReference.MaxRows)
        {
            throw new InvalidOperationException($"Sheet '{Name}' is full: Excel allows at most {XlsxReference.MaxRows:N0} rows.");
        }
        _lastRow = row;
        if (_pending is not null)
        {
            Hold(cells, allBold, measure);
            return;
        }
        EmitRow(row, cells, allBold);
    }

    private void EmitRow(int row, ReadOnlySpan<XlsxCell> cells, bool allBold)
    {
        var x = _xml;
        x.Ensure(XlsxUtf8Writer.Reserve);
        x.RawUnchecked("<row r=\""u8);
        System.Buffers.Text.Utf8Formatter.TryFormat(row, _rowNumber, out _rowNumberLength);
        x.RawUnchecked(_rowNumber.AsSpan(0, _rowNumberLength));
        if (cells.IsEmpty)
        {
            x.RawUnchecked("\"/>"u8);
            return;
        }
        x.RawUnchecked("\">"u8);
        // A cell right after the one before it needs no reference (it is the next column); after a gap it names itself,
        // and so does a formula (readers that evaluate formulas look their cells up by reference).
        var next = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            ref readonly var cell = ref cells[i];
            if (cell.Kind != XlsxCellKind.Empty)
            {
                WriteCell(in cell, i, allBold, named: i != next || cell.Kind == XlsxCellKind.Formula);
                next = i + 1;
            }
        }
        x.Raw("</row>"u8);
    }

    private void WriteCell(in XlsxCell cell, int column, bool allBold, bool named = true)
    {
        var x = _xml;
        x.Ensure(XlsxUtf8Writer.Reserve);
        if (named)
        {
            x.RawUnchecked(_cellOpen[column]);
            x.RawUnchecked(_rowNumber.AsSpan(0, _rowNumberLength));
            x.RawUnchecked("\""u8);
        }
        else
        {
            x.RawUnchecked(_cellOpenNext);
        }
        var style = cell.Style is { } own ? (int)own : cell.Kind == XlsxCellKind.Text ? 0 : _numberStyles[column];
        var wrap = cell.Kind == XlsxCellKind.Text && _wrapText[column];
        x.RawUnchecked(StyleAttributes[XlsxStyleSheet.CellFormatIndex(style, allBold || cell.IsBold, wrap)]);
        switch (cell.Kind)
        {
            case XlsxCellKind.Text:
                var text = cell.TextValue!;
                x.RawUnchecked(XlsxXml.NeedsPreserve(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : " t=\"inlineStr\"><is><t>"u8);
                x.Text(text);
                x.Raw("</t></is></c>"u8);
                break;
            case XlsxCellKind.Formula:
                x.RawUnchecked("><f>"u8);
                x.Text(cell.TextValue);
                x.Ensure(XlsxUtf8Writer.Reserve);
                x.RawUnchecked("</f><v>"u8);
                x.DecimalUnchecked(cell.NumberValue);
                x.RawUnchecked("</v></c>"u8);
                break;
            default:
                x.RawUnchecked("><v>"u8);
                x.DecimalUnchecked(cell.NumberValue);
                x.RawUnchecked("</v></c>"u8);
                break;
        }
    }
}
