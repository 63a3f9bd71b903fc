using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Reporting.Core.Excel;

/// <summary>Shared XML plumbing for the package parts: namespaces, writer settings, and Excel's string escaping.</summary>
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
        CloseOutput = true,
        CheckCharacters = true,
    };

    /// <summary>Characters that force the slow path of <see cref="WriteText"/>: controls, surrogates, U+FFFE/U+FFFF and '_'.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + "_\uFFFE\uFFFF" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, Settings);

    /// <summary>
    /// Writes <paramref name="text"/> as element content the way Excel stores strings (ST_Xstring): characters XML
    /// cannot hold become <c>_xHHHH_</c>, and a literal <c>_xHHHH_</c> in the text is protected as <c>_x005F_xHHHH_</c>.
    /// </summary>
    public static void WriteText(XmlWriter xml, string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            xml.WriteString(text);
            return;
        }
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (c == '_' && LooksLikeEscape(text, i))
            {
                escaped.Append("_x005F_");
            }
            else if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }
        xml.WriteString(escaped.ToString());
    }

    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Whether the text needs <c>xml:space="preserve"</c> to keep its leading or trailing white space.</summary>
    public static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
}
