using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace Reporting.Tests.Excel;

/// <summary>Reads written packages back: with ClosedXML (as a user's Excel would see them) or as raw part XML.</summary>
internal static class XlsxTestFiles
{
    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    public static XDocument Part(byte[] bytes, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry(path) ?? throw new AssertionException($"The package has no part '{path}'.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static IReadOnlyList<string> PartNames(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }
}
