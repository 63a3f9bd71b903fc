using System.Globalization;

namespace Reporting.Core.Excel;

/// <summary>The parts of the worksheet XML before and after the rows: view, columns, filter, print setup.</summary>
public sealed partial class XlsxSheetWriter
{
    /// <summary>The autofilter range (header row through the last data row), e.g. <c>$A$1:$Y$5001</c>; null without a filter.</summary>
    internal string? FilterRange => _layout.AutoFilter && _layout.HasHeaderRow
        ? XlsxReference.AbsoluteRange(0, _layout.HeaderRow, _columnNames.Length - 1, LastDataRow)
        : null;

    /// <summary>The rows repeated on each printed page, e.g. <c>$1:$1</c>; null when not repeated.</summary>
    internal string? PrintTitleRows => _layout.Print.RepeatHeaderRow && _layout.HasHeaderRow
        ? string.Create(CultureInfo.InvariantCulture, $"${_layout.HeaderRow}:${_layout.HeaderRow}")
        : null;

    private void WriteHead(bool isFirstSheet)
    {
        var x = _xml;
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("worksheet", XlsxXml.Main);
        x.WriteAttributeString("xmlns", "r", null, XlsxXml.Relationships);

        x.WriteStartElement("sheetPr");
        x.WriteStartElement("pageSetUpPr");
        x.WriteAttributeString("fitToPage", "1");
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("sheetViews");
        x.WriteStartElement("sheetView");
        if (isFirstSheet)
        {
            x.WriteAttributeString("tabSelected", "1");
        }
        x.WriteAttributeString("workbookViewId", "0");
        if (_layout.FreezeHeaderRow && _layout.HasHeaderRow)
        {
            var topLeft = XlsxReference.Cell(0, _layout.HeaderRow + 1);
            x.WriteStartElement("pane");
            x.WriteAttributeString("ySplit", _layout.HeaderRow.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("topLeftCell", topLeft);
            x.WriteAttributeString("activePane", "bottomLeft");
            x.WriteAttributeString("state", "frozen");
            x.WriteEndElement();
            x.WriteStartElement("selection");
            x.WriteAttributeString("pane", "bottomLeft");
            x.WriteAttributeString("activeCell", topLeft);
            x.WriteAttributeString("sqref", topLeft);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("cols");
        for (var i = 0; i < _layout.Columns.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            x.WriteStartElement("col");
            x.WriteAttributeString("min", number);
            x.WriteAttributeString("max", number);
            x.WriteAttributeString("width", XlsxColumn.StoredWidth(_layout.Columns[i].Width).ToString("R", CultureInfo.InvariantCulture));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }
        x.WriteEndElement();

        x.WriteStartElement("sheetData");
    }

    /// <summary>Closes the rows and writes filter and print setup; the part is complete afterwards.</summary>
    internal void Complete()
    {
        if (_completed)
        {
            return;
        }
        _completed = true;
        var x = _xml;
        x.WriteEndElement(); // sheetData
        if (_layout.Protect)
        {
            // Every cell is locked (the default cell format); filtering and sorting stay allowed ("0" = not protected).
            x.WriteStartElement("sheetProtection");
            x.WriteAttributeString("sheet", "1");
            x.WriteAttributeString("objects", "1");
            x.WriteAttributeString("scenarios", "1");
            x.WriteAttributeString("autoFilter", "0");
            x.WriteAttributeString("sort", "0");
            x.WriteEndElement();
        }
        if (FilterRange is { } filter)
        {
            x.WriteStartElement("autoFilter");
            x.WriteAttributeString("ref", filter.Replace("$", "", StringComparison.Ordinal));
            x.WriteEndElement();
        }
        x.WriteStartElement("pageMargins");
        x.WriteAttributeString("left", "0.7");
        x.WriteAttributeString("right", "0.7");
        x.WriteAttributeString("top", "0.75");
        x.WriteAttributeString("bottom", "0.75");
        x.WriteAttributeString("header", "0.3");
        x.WriteAttributeString("footer", "0.3");
        x.WriteEndElement();

        var print = _layout.Print;
        x.WriteStartElement("pageSetup");
        x.WriteAttributeString("paperSize", XlsxPrintSetup.PaperSizeA4.ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("fitToWidth", "1");
        x.WriteAttributeString("fitToHeight", "0");
        x.WriteAttributeString("orientation", print.Landscape ? "landscape" : "portrait");
        x.WriteEndElement();

        var header = print.HeaderCode;
        var footer = print.FooterCode;
        if (header.Length > 0 || footer.Length > 0)
        {
            x.WriteStartElement("headerFooter");
            if (header.Length > 0)
            {
                x.WriteStartElement("oddHeader");
                XlsxXml.WriteText(x, header);
                x.WriteEndElement();
            }
            if (footer.Length > 0)
            {
                x.WriteStartElement("oddFooter");
                XlsxXml.WriteText(x, footer);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteEndElement(); // worksheet
        x.WriteEndDocument();
        x.Dispose();
    }
}
