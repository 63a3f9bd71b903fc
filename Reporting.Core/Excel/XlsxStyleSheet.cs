using System.Globalization;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>
/// The fixed styles part: every <see cref="XlsxStyle"/> in regular and in bold, each also with wrapped text, so a
/// cell's style index is computed, never looked up. Number formats are custom formats (ids from 164) given by code.
/// </summary>
internal static class XlsxStyleSheet
{
    public const int FirstCustomFormatId = 164;

    private static readonly XlsxStyle[] Styles = Enum.GetValues<XlsxStyle>();
    /// <summary>The number of cell formats.</summary>
    public static readonly int Count = Styles.Length * 4;

    private static readonly string[] IndexTexts = [.. Enumerable.Range(0, Count).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Regular styles come first in enum order, then the same in bold, then both again with wrapped text;
    /// 0 is General, regular.</summary>
    public static int CellFormatIndex(XlsxStyle style, bool bold, bool wrap = false) => CellFormatIndex((int)style, bold, wrap);

    /// <inheritdoc cref="CellFormatIndex(XlsxStyle, bool, bool)"/>
    public static int CellFormatIndex(int style, bool bold, bool wrap) => style + (bold ? Styles.Length : 0) + (wrap ? Styles.Length * 2 : 0);

    public static string IndexText(int index) => IndexTexts[index];

    private static int FormatId(XlsxStyle style) => style == XlsxStyle.General ? 0 : FirstCustomFormatId + (int)style - 1;

    public static void Write(XmlWriter x)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("styleSheet", XlsxXml.Main);

        var custom = Styles.Where(s => s != XlsxStyle.General).ToArray();
        x.WriteStartElement("numFmts");
        x.WriteAttributeString("count", Text(custom.Length));
        foreach (var style in custom)
        {
            x.WriteStartElement("numFmt");
            x.WriteAttributeString("numFmtId", Text(FormatId(style)));
            x.WriteAttributeString("formatCode", ExcelNumberFormats.For(style));
            x.WriteEndElement();
        }
        x.WriteEndElement();

        x.WriteStartElement("fonts");
        x.WriteAttributeString("count", "2");
        WriteFont(x, bold: false);
        WriteFont(x, bold: true);
        x.WriteEndElement();

        x.WriteRaw("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>");
        x.WriteRaw("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
        x.WriteRaw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");

        x.WriteStartElement("cellXfs");
        x.WriteAttributeString("count", Text(Count));
        foreach (var (bold, wrap) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            foreach (var style in Styles)
            {
                x.WriteStartElement("xf");
                x.WriteAttributeString("numFmtId", Text(FormatId(style)));
                x.WriteAttributeString("fontId", bold ? "1" : "0");
                x.WriteAttributeString("fillId", "0");
                x.WriteAttributeString("borderId", "0");
                x.WriteAttributeString("xfId", "0");
                if (style != XlsxStyle.General)
                {
                    x.WriteAttributeString("applyNumberFormat", "1");
                }
                if (bold)
                {
                    x.WriteAttributeString("applyFont", "1");
                }
                if (wrap)
                {
                    x.WriteAttributeString("applyAlignment", "1");
                    x.WriteStartElement("alignment");
                    x.WriteAttributeString("wrapText", "1");
                    x.WriteEndElement();
                }
                x.WriteEndElement();
            }
        }
        x.WriteEndElement();

        x.WriteRaw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void WriteFont(XmlWriter x, bool bold)
    {
        x.WriteStartElement("font");
        if (bold)
        {
            x.WriteElementString("b", null);
        }
        x.WriteStartElement("sz");
        x.WriteAttributeString("val", "11");
        x.WriteEndElement();
        x.WriteStartElement("name");
        x.WriteAttributeString("val", "Calibri");
        x.WriteEndElement();
        x.WriteStartElement("family");
        x.WriteAttributeString("val", "2");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
