using System.Globalization;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>docProps/core.xml and docProps/app.xml from <see cref="XlsxDocumentInfo"/>, each text cleaned and cut to
/// Excel's limit (<see cref="XlsxText.Property"/>).</summary>
internal sealed partial class StreamingXlsxWriter
{
    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private void WriteCoreProperties(XmlWriter x)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("cp", "coreProperties", CoreNs);
        x.WriteAttributeString("xmlns", "dc", null, DcNs);
        x.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        x.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        x.WriteElementString("dc", "title", DcNs, XlsxText.Property(_info.Title));
        x.WriteElementString("dc", "subject", DcNs, XlsxText.Property(_info.Subject));
        x.WriteElementString("dc", "creator", DcNs, XlsxText.Property(_info.Creator));
        if (_info.Keywords is { } keywords)
        {
            x.WriteElementString("cp", "keywords", CoreNs, XlsxText.Property(keywords));
        }
        if (_info.Description is { } description)
        {
            x.WriteElementString("dc", "description", DcNs, XlsxText.Property(description));
        }
        if (_info.Identifier is { } identifier)
        {
            x.WriteElementString("dc", "identifier", DcNs, XlsxText.Property(identifier));
        }
        x.WriteElementString("cp", "lastModifiedBy", CoreNs, XlsxText.Property(_info.Creator));
        var created = _info.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var element in new[] { "created", "modified" })
        {
            x.WriteStartElement("dcterms", element, DcTermsNs);
            x.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
            x.WriteString(created);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private void WriteAppProperties(XmlWriter x)
    {
        x.WriteStartDocument(standalone: true);
        x.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        x.WriteElementString("Application", "FundingReports");
        x.WriteElementString("DocSecurity", "0");
        if (_info.Company is { } company)
        {
            x.WriteElementString("Company", XlsxText.Property(company));
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }
}
