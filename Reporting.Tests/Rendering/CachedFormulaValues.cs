using System.Xml.Linq;
using Reporting.Tests.Excel;

namespace Reporting.Tests.Rendering;

/// <summary>The cached results (<c>&lt;v&gt;</c>) of the formula cells exactly as written in the package, per sheet name
/// and cell reference: what Excel shows before it recalculates. ClosedXML 0.95 recalculates on read, in double.</summary>
internal static class CachedFormulaValues
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IReadOnlyDictionary<(string Sheet, string Cell), string> Read(byte[] xlsx)
    {
        var workbook = XlsxTestFiles.Part(xlsx, "xl/workbook.xml");
        var rels = XlsxTestFiles.Part(xlsx, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var values = new Dictionary<(string, string), string>();
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var part = XlsxTestFiles.Part(xlsx, target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            foreach (var cell in part.Descendants(Main + "c").Where(c => c.Element(Main + "f") is not null))
            {
                values[((string)sheet.Attribute("name")!, (string)cell.Attribute("r")!)] = (string?)cell.Element(Main + "v") ?? "";
            }
        }
        return values;
    }
}
