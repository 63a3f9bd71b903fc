using System.Globalization;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>
/// Writes one sheet of a <see cref="StreamingXlsxWriter"/> row by row. Data rows (<see cref="WriteRow"/>) come first
/// and are covered by the autofilter; total rows (<see cref="WriteTotalRow"/>) follow them and are not.
/// </summary>
public sealed partial class XlsxSheetWriter
{
    private readonly XmlWriter _xml;
    private readonly XlsxSheetLayout _layout;
    private readonly string[] _columnNames;
    private readonly char[] _numberBuffer = new char[64];
    private int _lastRow;
    private bool _totalsStarted;
    private bool _completed;

    internal XlsxSheetWriter(Stream part, XlsxSheetLayout layout, bool isFirstSheet)
    {
        _layout = layout;
        _columnNames = [.. Enumerable.Range(0, layout.Columns.Count).Select(XlsxReference.ColumnName)];
        _xml = XlsxXml.Create(part);
        WriteHead(isFirstSheet);
        for (var i = 0; i < layout.TitleLines.Count; i++)
        {
            WriteCells([XlsxCell.Text(layout.TitleLines[i]).Bold()], allBold: false);
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
        WriteCells(cells, allBold: false);
        LastDataRow = _lastRow;
    }

    /// <summary>Writes a row below the data (e.g. a <c>SUBTOTAL</c> line), in bold and outside the autofilter.</summary>
    public void WriteTotalRow(params ReadOnlySpan<XlsxCell> cells)
    {
        _totalsStarted = true;
        WriteCells(cells, allBold: true);
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
        WriteCells(header, allBold: true);
        LastDataRow = _layout.HeaderRow;
    }

    private void WriteCells(ReadOnlySpan<XlsxCell> cells, bool allBold)
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
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", rowText);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (cell.Kind != XlsxCellKind.Empty)
            {
                WriteCell(cell, i, rowText, allBold);
            }
        }
        _xml.WriteEndElement();
    }

    private void WriteCell(in XlsxCell cell, int column, string rowText, bool allBold)
    {
        _xml.WriteStartElement("c");
        _xml.WriteStartAttribute("r");
        _xml.WriteString(_columnNames[column]);
        _xml.WriteString(rowText);
        _xml.WriteEndAttribute();
        var styleIndex = XlsxStyleSheet.CellFormatIndex(ResolveStyle(cell, column), allBold || cell.IsBold);
        if (styleIndex != 0)
        {
            _xml.WriteAttributeString("s", XlsxStyleSheet.IndexText(styleIndex));
        }
        switch (cell.Kind)
        {
            case XlsxCellKind.Text:
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is");
                _xml.WriteStartElement("t");
                if (XlsxXml.NeedsPreserve(cell.TextValue!))
                {
                    _xml.WriteAttributeString("xml", "space", null, "preserve");
                }
                XlsxXml.WriteText(_xml, cell.TextValue!);
                _xml.WriteEndElement();
                _xml.WriteEndElement();
                break;
            case XlsxCellKind.Formula:
                _xml.WriteElementString("f", cell.TextValue);
                WriteNumber(cell.NumberValue);
                break;
            default:
                WriteNumber(cell.NumberValue);
                break;
        }
        _xml.WriteEndElement();
    }

    private void WriteNumber(decimal value)
    {
        _xml.WriteStartElement("v");
        value.TryFormat(_numberBuffer, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_numberBuffer, 0, length);
        _xml.WriteEndElement();
    }

    private XlsxStyle ResolveStyle(in XlsxCell cell, int column) => cell.Style ?? cell.Kind switch
    {
        XlsxCellKind.Number or XlsxCellKind.Formula => _layout.Columns[column].Style,
        _ => XlsxStyle.General,
    };
}
