namespace Reporting.Core.Excel;

/// <summary>Building blocks for Excel's header/footer codes (<c>&amp;P</c> page, <c>&amp;N</c> pages, <c>&amp;&amp;</c> a literal ampersand).</summary>
/// <remarks>
/// Excel refuses a header or footer of more than <see cref="XlsxPrintSetup.MaxHeaderFooterLength"/> characters,
/// counting everything in the code: the section codes <c>&amp;L</c>/<c>&amp;C</c>/<c>&amp;R</c>, <c>&amp;P</c>, both
/// characters of a doubled <c>&amp;&amp;</c> and line breaks. <see cref="Fit"/> shortens the longest line until the
/// code fits, cutting between whole codes and characters and ending the cut line in "…".
/// </remarks>
internal static class XlsxHeaderFooter
{
    public const string Page = "&P";
    public const string Pages = "&N";
    public const string SheetName = "&A";
    public const string NewLine = "\n";

    /// <summary>"Seite &amp;P von &amp;N", shown as "Seite 2 von 5".</summary>
    public const string PageOfPages = "Seite " + Page + " von " + Pages;

    /// <summary>A shortened line keeps at least this many characters (before the "…").</summary>
    private const int MinKept = 8;

    /// <summary>
    /// A text taken literally on one line: every <c>&amp;</c> is doubled so Excel does not read it as a code, and line
    /// breaks, tabs and other controls become spaces (see <see cref="XlsxText.Clean"/>).
    /// </summary>
    public static string Literal(string? text) => XlsxText.Clean(text ?? "", singleLine: true).Replace("&", "&&", StringComparison.Ordinal);

    /// <summary>Joins the three sections into one code (<c>&amp;L…&amp;C…&amp;R…</c>), shortened to Excel's limit by <see cref="Fit"/>.</summary>
    public static string Combine(string left, string center, string right)
    {
        var (l, c, r) = Fit(left, center, right);
        return Join(l, c, r);
    }

    /// <summary>
    /// The three sections, cleaned of characters XML cannot hold and shortened (longest line first) until their
    /// combined code has at most <see cref="XlsxPrintSetup.MaxHeaderFooterLength"/> characters.
    /// </summary>
    public static (string Left, string Center, string Right) Fit(string left, string center, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(right);
        string[][] sections = [Lines(left), Lines(center), Lines(right)];
        var excess = Join(left, center, right).Length - XlsxPrintSetup.MaxHeaderFooterLength;
        if (excess <= 0 && !sections.Any(s => s.Any(NeedsCleaning)))
        {
            return (left, center, right);
        }
        for (var s = 0; s < sections.Length; s++)
        {
            sections[s] = [.. sections[s].Select(l => XlsxText.Clean(l, singleLine: true))];
        }
        excess = Join(Section(sections[0]), Section(sections[1]), Section(sections[2])).Length - XlsxPrintSetup.MaxHeaderFooterLength;
        while (excess > 0)
        {
            var (si, li) = Longest(sections);
            var line = sections[si][li];
            if (line.Length == 0)
            {
                // Nothing but line breaks left to give: drop the empty lines.
                sections = [.. sections.Select(lines => lines.Where(l => l.Length > 0).ToArray())];
                break;
            }
            var keep = line.Length - excess - XlsxText.Ellipsis.Length;
            var cut = keep >= MinKept ? CutLine(line, keep) + XlsxText.Ellipsis
                : line.Length > MinKept + XlsxText.Ellipsis.Length ? CutLine(line, MinKept) + XlsxText.Ellipsis
                : "";
            excess -= line.Length - cut.Length;
            sections[si][li] = cut;
        }
        return (Section(sections[0]), Section(sections[1]), Section(sections[2]));
    }

    private static string Join(string left, string center, string right) =>
        (left.Length > 0 ? "&L" + left : "") + (center.Length > 0 ? "&C" + center : "") + (right.Length > 0 ? "&R" + right : "");

    private static string[] Lines(string section) => section.Split('\n');

    private static string Section(string[] lines) => string.Join('\n', lines).TrimEnd('\n');

    private static bool NeedsCleaning(string line) => !ReferenceEquals(XlsxText.Clean(line, singleLine: true), line);

    private static (int Section, int Line) Longest(string[][] sections)
    {
        var best = (0, 0);
        var length = -1;
        for (var s = 0; s < sections.Length; s++)
        {
            for (var l = 0; l < sections[s].Length; l++)
            {
                if (sections[s][l].Length > length)
                {
                    length = sections[s][l].Length;
                    best = (s, l);
                }
            }
        }
        return best;
    }

    /// <summary>The longest prefix of <paramref name="line"/> of at most <paramref name="length"/> characters that ends
    /// between two codes or characters: never inside <c>&amp;&amp;</c>, <c>&amp;P</c>, <c>&amp;"Arial,Bold"</c>,
    /// <c>&amp;12</c>, <c>&amp;KFF0000</c> or a surrogate pair. Trailing spaces are dropped.</summary>
    internal static string CutLine(string line, int length)
    {
        var end = 0;
        var i = 0;
        while (i < line.Length)
        {
            var next = i + TokenLength(line, i);
            if (next > length)
            {
                break;
            }
            end = i = next;
        }
        return line[..end].TrimEnd(' ');
    }

    private static int TokenLength(string line, int i)
    {
        var c = line[i];
        if (c == '&' && i + 1 < line.Length)
        {
            var code = line[i + 1];
            if (code == '"')
            {
                var close = line.IndexOf('"', i + 2);
                return close < 0 ? line.Length - i : close - i + 1;
            }
            if (char.IsAsciiDigit(code))
            {
                var j = i + 1;
                while (j < line.Length && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }
                return j - i;
            }
            if (code is 'K' or 'k')
            {
                return Math.Min(8, line.Length - i);
            }
            return 2;
        }
        return char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
    }
}
