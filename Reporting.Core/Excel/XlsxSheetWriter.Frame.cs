using System.Globalization;

namespace Reporting.Core.Excel;

/// <summary>The parts of the worksheet XML before and after the rows: view, columns, filter, print setup.</summary>
internal sealed partial class XlsxSheetWriter
{
    private readonly bool _isFirstSheet;

    /// <summary>The autofilter range (header row through the last data row), e.g. <c>$A$1:$Y$5001</c>; null without a filter.</summary>
    internal string? FilterRange => _layout.AutoFilter && _layout.HasHeaderRow
        ? XlsxReference.AbsoluteRange(0, _layout.HeaderRow, _columnNames.Length - 1, LastDataRow)
        : null;

    /// <summary>The rows repeated on each printed page, e.g. <c>$1:$1</c>; null when not repeated.</summary>
    internal string? PrintTitleRows => _layout.Print.RepeatHeaderRow && _layout.HasHeaderRow
        ? string.Create(CultureInfo.InvariantCulture, $"${_layout.HeaderRow}:${_layout.HeaderRow}")
        : null;

    /// <summary>The column widths in characters as written (for fitted columns: as measured).</summary>
    public IReadOnlyList<double> ColumnWidths => _widths;

    private void WriteHead()
    {
        var x = _xml;
        x.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8);
        x.Raw("<worksheet xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
        x.Raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView"u8);
        if (_isFirstSheet)
        {
            x.Raw(" tabSelected=\"1\""u8);
        }
        x.Raw(" workbookViewId=\"0\""u8);
        if (_layout.FreezeHeaderRow && _layout.HasHeaderRow)
        {
            var topLeft = XlsxReference.Cell(0, _layout.HeaderRow + 1);
            x.Raw("><pane ySplit=\""u8);
            x.Int(_layout.HeaderRow);
            x.Raw("\" topLeftCell=\""u8);
            x.Attribute(topLeft);
            x.Raw("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\""u8);
            x.Attribute(topLeft);
            x.Raw("\" sqref=\""u8);
            x.Attribute(topLeft);
            x.Raw("\"/></sheetView>"u8);
        }
        else
        {
            x.Raw("/>"u8);
        }
        x.Raw("</sheetViews><cols>"u8);
        for (var i = 0; i < _widths.Length; i++)
        {
            x.Raw("<col min=\""u8);
            x.Int(i + 1);
            x.Raw("\" max=\""u8);
            x.Int(i + 1);
            x.Raw("\" width=\""u8);
            x.Attribute(XlsxColumn.StoredWidth(_widths[i]).ToString("R", CultureInfo.InvariantCulture));
            x.Raw("\" customWidth=\"1\"/>"u8);
        }
        x.Raw("</cols><sheetData>"u8);
    }

    /// <summary>Closes the rows and writes filter and print setup; the part is complete afterwards.</summary>
    internal void Complete()
    {
        if (_completed)
        {
            return;
        }
        if (_pending is not null)
        {
            ReleasePending();
        }
        _completed = true;
        var x = _xml;
        x.Raw("</sheetData>"u8);
        if (_layout.Protect)
        {
            // Every cell is locked (the default cell format); filtering and sorting stay allowed ("0" = not protected).
            x.Raw("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" autoFilter=\"0\" sort=\"0\"/>"u8);
        }
        if (FilterRange is { } filter)
        {
            x.Raw("<autoFilter ref=\""u8);
            x.Attribute(filter.Replace("$", "", StringComparison.Ordinal));
            x.Raw("\"/>"u8);
        }
        x.Raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"u8);
        x.Raw("<pageSetup paperSize=\""u8);
        x.Int(XlsxPrintSetup.PaperSizeA4);
        x.Raw("\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\""u8);
        x.Raw(Landscape ? "landscape\"/>"u8 : "portrait\"/>"u8);

        var header = _layout.Print.HeaderCode;
        var footer = _layout.Print.FooterCode;
        if (header.Length > 0 || footer.Length > 0)
        {
            x.Raw("<headerFooter>"u8);
            if (header.Length > 0)
            {
                x.Raw("<oddHeader>"u8);
                x.Text(header);
                x.Raw("</oddHeader>"u8);
            }
            if (footer.Length > 0)
            {
                x.Raw("<oddFooter>"u8);
                x.Text(footer);
                x.Raw("</oddFooter>"u8);
            }
            x.Raw("</headerFooter>"u8);
        }
        x.Raw("</worksheet>"u8);
        x.Dispose();
    }

    /// <summary>Landscape when asked for, or when the columns are wider than <see cref="XlsxPrintSetup.LandscapeAboveWidth"/>.</summary>
    private bool Landscape => _layout.Print.Landscape || (_layout.Print.LandscapeAboveWidth is { } limit && _widths.Sum() > limit);

    /// <summary>Whether writing the part failed (the output threw); such a sheet cannot be completed.</summary>
    internal bool Faulted => _xml.Faulted;

    /// <summary>Closes the part's stream without completing it (see <see cref="StreamingXlsxWriter.Abort"/>).</summary>
    internal void Abandon()
    {
        _completed = true;
        _pending = null;
        _xml.Abandon();
    }
}
