using System.Buffers;
using System.Text;

namespace Reporting.Core.Excel;

/// <summary>
/// Text made safe for a workbook. XML 1.0 cannot hold the controls U+0000–U+001F (except tab, line feed and carriage
/// return), lone surrogates, U+FFFE and U+FFFF; data copied from Word brings them (a manual line break is U+000B).
/// Cell text keeps them as Excel does, escaped <c>_xHHHH_</c> (<see cref="XlsxUtf8Writer.Text"/>); everywhere else
/// (document properties, sheet names, header and footer) they are replaced: controls by a space, the rest by U+FFFD.
/// Lengths are counted in UTF-16 units, as Excel counts them, and text is cut only between whole characters.
/// </summary>
internal static class XlsxText
{
    /// <summary>The mark a cut text ends in.</summary>
    public const string CutMark = "… [gekürzt]";

    /// <summary>Ends a header or footer line that had to be shortened.</summary>
    public const string Ellipsis = "…";

    /// <summary>Excel's limit for document properties (title, subject, author, keywords, comments, company).</summary>
    public const int MaxPropertyLength = 255;

    /// <summary>What element content escapes: markup characters, '_' (a literal <c>_xHHHH_</c> must be protected) and XML-invalid characters.</summary>
    internal static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(i => i is not ('\t' or '\n')).Select(i => (char)i)) + "<>&_\uFFFE\uFFFF" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    /// <summary>What an attribute value escapes.</summary>
    internal static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("<>&\"\t\n\r");

    private static readonly SearchValues<char> Invalid = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(i => i is not ('\t' or '\n' or '\r')).Select(i => (char)i)) + "\uFFFE\uFFFF" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    private static readonly SearchValues<char> InvalidOrControl = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i)) + "\uFFFE\uFFFF" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Whether <paramref name="text"/> starts with something Excel would decode: <c>_x</c>, four hex digits, <c>_</c>.</summary>
    internal static bool LooksLikeEscape(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[0] == '_' && text[1] == 'x' && text[6] == '_' && !text.Slice(2, 4).ContainsAnyExcept(HexDigits);

    /// <summary>
    /// <paramref name="text"/> with every XML-invalid character replaced (controls by a space, lone surrogates and
    /// U+FFFE/U+FFFF by U+FFFD); with <paramref name="singleLine"/> tab, line feed and carriage return become spaces too.
    /// Returns the same instance when nothing needs replacing.
    /// </summary>
    public static string Clean(string text, bool singleLine = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = FirstToReplace(text, singleLine ? InvalidOrControl : Invalid);
        if (start < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length).Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (c < 0x20)
            {
                result.Append(singleLine || c is not ('\t' or '\n' or '\r') ? ' ' : c);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                result.Append('\uFFFD');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    /// <summary>The first character to replace, skipping valid surrogate pairs; -1 when there is none.</summary>
    private static int FirstToReplace(ReadOnlySpan<char> text, SearchValues<char> candidates)
    {
        var offset = 0;
        while (true)
        {
            var i = text[offset..].IndexOfAny(candidates);
            if (i < 0)
            {
                return -1;
            }
            i += offset;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }
            offset = i + 2;
        }
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16 units, ending in <paramref name="mark"/>
    /// when cut; never between the two halves of a surrogate pair.
    /// </summary>
    public static string Cut(string text, int maxLength, string mark = CutMark)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mark);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, mark.Length);
        if (text.Length <= maxLength)
        {
            return text;
        }
        return string.Concat(text.AsSpan(0, SafeLength(text, maxLength - mark.Length)), mark);
    }

    /// <summary>The longest prefix of at most <paramref name="length"/> units that does not end inside a surrogate pair.</summary>
    internal static int SafeLength(ReadOnlySpan<char> text, int length)
    {
        if (length <= 0)
        {
            return 0;
        }
        if (length >= text.Length)
        {
            return text.Length;
        }
        return char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length]) ? length - 1 : length;
    }

    /// <summary>A document property: one line, cleaned and cut to <see cref="MaxPropertyLength"/> ending in "…".</summary>
    public static string Property(string text) => Cut(Clean(text, singleLine: true), MaxPropertyLength, Ellipsis);
}
