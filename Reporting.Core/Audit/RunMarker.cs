using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Reporting.Core.Audit;

/// <summary>Where a delivered file carries the id of the run that wrote it: the xlsx in <c>dc:identifier</c> of
/// docProps/core.xml (<c>fundingreports-run:…</c>), the PDF in its keywords (<c>…; fundingreports-run:…</c>), the JSON in
/// the field <c>run_id</c>. A CSV carries none; it is known by its SHA-256 alone.</summary>
public static partial class RunMarker
{
    public const string Prefix = "fundingreports-run:";

    [GeneratedRegex("fundingreports-run:([0-9a-f]{24})", RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    [GeneratedRegex("\"run_id\"\\s*:\\s*\"([0-9a-f]{24})\"", RegexOptions.CultureInvariant)]
    private static partial Regex JsonField();

    /// <summary>The run id the file at <paramref name="path"/> carries, or null (a CSV, a file of another program, or
    /// one too damaged to read it from).</summary>
    public static string? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            return FromWorkbook(bytes);
        }
        if (bytes.Length > 5 && Encoding.ASCII.GetString(bytes, 0, 5) == "%PDF-")
        {
            return FromPdf(bytes);
        }
        var text = Encoding.UTF8.GetString(bytes);
        return JsonField().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
    }

    private static string? FromWorkbook(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var core = zip.GetEntry("docProps/core.xml");
            if (core is null)
            {
                return null;
            }
            using var stream = core.Open();
            var xml = new XmlDocument { XmlResolver = null };
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            xml.Load(reader);
            var identifier = xml.GetElementsByTagName("identifier", "http://purl.org/dc/elements/1.1/");
            return identifier.Count > 0 && Marked().Match(identifier[0]!.InnerText) is { Success: true } m ? m.Groups[1].Value : null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    /// <summary>The marker in the keywords of the document information: a literal string (PDFDocEncoding) or, when the
    /// keywords hold other characters, a hex string of UTF-16BE.</summary>
    private static string? FromPdf(byte[] bytes)
    {
        var latin = Encoding.Latin1.GetString(bytes);
        if (Marked().Match(latin) is { Success: true } plain)
        {
            return plain.Groups[1].Value;
        }
        for (var at = latin.IndexOf("/Keywords", StringComparison.Ordinal); at >= 0;
             at = latin.IndexOf("/Keywords", at + 1, StringComparison.Ordinal))
        {
            var i = at + "/Keywords".Length;
            while (i < latin.Length && char.IsWhiteSpace(latin[i]))
            {
                i++;
            }
            if (i >= latin.Length || latin[i] != '<')
            {
                continue;
            }
            var end = latin.IndexOf('>', i);
            if (end < 0)
            {
                continue;
            }
            var hex = new string(latin[(i + 1)..end].Where(Uri.IsHexDigit).ToArray());
            if (hex.Length % 2 != 0)
            {
                continue;
            }
            var raw = Convert.FromHexString(hex);
            var text = raw.Length >= 2 && raw[0] == 0xFE && raw[1] == 0xFF
                ? Encoding.BigEndianUnicode.GetString(raw, 2, raw.Length - 2)
                : Encoding.Latin1.GetString(raw);
            if (Marked().Match(text) is { Success: true } m)
            {
                return m.Groups[1].Value;
            }
        }
        return null;
    }
}
