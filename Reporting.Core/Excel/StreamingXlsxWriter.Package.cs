using System.Globalization;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>The package parts written when the writer is disposed: content types, relationships, workbook, styles, properties.</summary>
internal sealed partial class StreamingXlsxWriter
{
    private const string DocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private void WritePackageParts()
    {
        WritePart("[Content_Types].xml", WriteContentTypes);
        WritePart("_rels/.rels", x => WriteRelationships(x,
        [
            ("rId1", DocumentType + "/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", DocumentType + "/extended-properties", "docProps/app.xml"),
        ]));
        WritePart("docProps/core.xml", WriteCoreProperties);
        WritePart("docProps/app.xml", WriteAppProperties);
        WritePart("xl/workbook.xml", WriteWorkbook);
        WritePart("xl/_rels/workbook.xml.rels", x => WriteRelationships(x,
        [
            .. _sheets.Select((_, i) => (SheetRelationId(i), DocumentType + "/worksheet", $"worksheets/sheet{i + 1}.xml")),
            ($"rId{_sheets.Count + 1}", DocumentType + "/styles", "styles.xml"),
        ]));
        WritePart("xl/styles.xml", XlsxStyleSheet.Write);
    }

    private void WritePart(string path, Action<XmlWriter> write)
    {
        using var xml = XlsxXml.Create(CreateEntry(path).Open());
        write(xml);
    }

    private static string SheetRelationId(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private void WriteContentTypes(XmlWriter x)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("Types", XlsxXml.ContentTypes);
        WriteDefault(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteDefault(x, "xml", "application/xml");
        WriteOverride(x, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 0; i < _sheets.Count; i++)
        {
            WriteOverride(x, $"/xl/worksheets/sheet{i + 1}.xml", SheetContentType);
        }
        WriteOverride(x, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        WriteOverride(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        WriteOverride(x, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        x.WriteEndElement();
        x.WriteEndDocument();

        static void WriteDefault(XmlWriter x, string extension, string type)
        {
            x.WriteStartElement("Default");
            x.WriteAttributeString("Extension", extension);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        static void WriteOverride(XmlWriter x, string part, string type)
        {
            x.WriteStartElement("Override");
            x.WriteAttributeString("PartName", part);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }
    }

    private static void WriteRelationships(XmlWriter x, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("Relationships", XlsxXml.PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            x.WriteStartElement("Relationship");
            x.WriteAttributeString("Id", id);
            x.WriteAttributeString("Type", type);
            x.WriteAttributeString("Target", target);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private void WriteWorkbook(XmlWriter x)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("workbook", XlsxXml.Main);
        x.WriteAttributeString("xmlns", "r", null, XlsxXml.Relationships);
        x.WriteRaw("<bookViews><workbookView/></bookViews>");
        x.WriteStartElement("sheets");
        for (var i = 0; i < _sheets.Count; i++)
        {
            x.WriteStartElement("sheet");
            x.WriteAttributeString("name", _sheets[i].Name);
            x.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("id", XlsxXml.Relationships, SheetRelationId(i));
            x.WriteEndElement();
        }
        x.WriteEndElement();

        var names = new List<(string Name, int Sheet, string Reference, bool Hidden)>();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = _sheets[i];
            var quoted = XlsxSheetName.Quoted(sheet.Name);
            if (sheet.Writer.FilterRange is { } filter)
            {
                names.Add(("_xlnm._FilterDatabase", i, quoted + "!" + filter, true));
            }
            if (sheet.Writer.PrintTitleRows is { } titles)
            {
                names.Add(("_xlnm.Print_Titles", i, quoted + "!" + titles, false));
            }
        }
        if (names.Count > 0)
        {
            x.WriteStartElement("definedNames");
            foreach (var (name, sheet, reference, hidden) in names)
            {
                x.WriteStartElement("definedName");
                x.WriteAttributeString("name", name);
                x.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
                if (hidden)
                {
                    x.WriteAttributeString("hidden", "1");
                }
                x.WriteString(reference);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteRaw("<calcPr calcId=\"191029\"/>");
        x.WriteEndElement();
        x.WriteEndDocument();
    }
}
