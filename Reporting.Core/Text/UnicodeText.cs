using System.Text;

namespace Reporting.Core.Text;

/// <summary>Text from records may hold any UTF-16 string, including code units that are not text (a lone surrogate, a
/// NUL). Formats that cannot carry them get U+FFFD (�) in their place, so the damage stays visible and nothing throws.</summary>
internal static class UnicodeText
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every unpaired surrogate replaced: what UTF-8 and JSON can hold.</summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(text, static (s, i) => char.IsSurrogate(s[i]) && !IsPaired(s, i));
    }

    /// <summary>The text with every character XML 1.0 cannot hold replaced: control characters other than tab, line feed and
    /// carriage return, unpaired surrogates, U+FFFE and U+FFFF.</summary>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(text, static (s, i) => s[i] switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' or '\uFFFE' or '\uFFFF' => true,
            _ => char.IsSurrogate(s[i]) && !IsPaired(s, i),
        });
    }

    private static bool IsPaired(string s, int i) => char.IsHighSurrogate(s[i])
        ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
        : i > 0 && char.IsHighSurrogate(s[i - 1]);

    private static string Replace(string text, Func<string, int, bool> bad)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (bad(text, i))
            {
                result ??= new StringBuilder(text, 0, i, text.Length);
                result.Append(Replacement);
            }
            else
            {
                result?.Append(text[i]);
            }
        }
        return result?.ToString() ?? text;
    }
}
