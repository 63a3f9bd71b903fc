using System.Text;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>Shared XML plumbing for the package parts: namespaces and writer settings (escaping: <see cref="XlsxText"/>).</summary>
internal static class XlsxXml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineChars = "\n",
        CloseOutput = true,
        CheckCharacters = true,
    };

    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, Settings);

    /// <summary>Whether the text needs <c>xml:space="preserve"</c> to keep its leading or trailing white space.</summary>
    public static bool NeedsPreserve(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
}
