using System.Xml;
using System.Xml.Linq;

namespace Reporting.Tests.Web;

/// <summary>A page read back as XML (the HTML builder writes well-formed markup), with the lookups the tests need.</summary>
internal sealed class HtmlPage(XDocument document, string source)
{
    public XDocument Document { get; } = document;

    public string Source { get; } = source;

    public static HtmlPage Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return new HtmlPage(XDocument.Load(reader), html);
    }

    public IEnumerable<XElement> All(string name) => Document.Descendants(name);

    public IEnumerable<XElement> WithAttribute(string attribute, string? value = null) =>
        Document.Descendants().Where(e => e.Attribute(attribute) is { } a && (value is null || a.Value == value));

    public XElement Table(string dataTable) => WithAttribute("data-table", dataTable).Single();

    /// <summary>The text of the <c>dd</c> of a field (<c>data-field</c>).</summary>
    public string Field(string name) => Text(WithAttribute("data-field", name).Single().Element("dd")!);

    public string InputValue(string name) =>
        All("input").Single(i => (string?)i.Attribute("name") == name).Attribute("value")?.Value ?? "";

    public string Title => Text(All("h1").First());

    /// <summary>Text content with whitespace collapsed.</summary>
    public static string Text(XElement element) =>
        string.Join(" ", element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A table row and its cells' texts.</summary>
    public sealed record Row(XElement Element)
    {
        public IReadOnlyList<string> Cells => Element.Elements().Select(Text).ToList();
    }

    /// <summary>The rows of a table body, each as its cells' texts (th and td).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> BodyRows(XElement table) =>
        table.Element("tbody")!.Elements("tr").Select(r => (IReadOnlyList<string>)r.Elements().Select(Text).ToList()).ToList();
}
