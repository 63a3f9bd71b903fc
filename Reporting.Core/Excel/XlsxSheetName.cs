namespace Reporting.Core.Excel;

/// <summary>Excel's rules for sheet names, checked before a file is written rather than when Excel refuses it.</summary>
internal static class XlsxSheetName
{
    public const int MaxLength = 31;

    /// <summary>What <see cref="Safe"/> names a sheet whose name has nothing usable.</summary>
    public const string Fallback = "Tabelle";

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>The reason <paramref name="name"/> is not a valid sheet name, or <see langword="null"/> when it is.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "A sheet name must not be empty.";
        }
        if (name.Length > MaxLength)
        {
            return $"Sheet name '{name}' has {name.Length} characters; Excel allows at most {MaxLength}.";
        }
        if (name.IndexOfAny(Forbidden) >= 0)
        {
            return $"Sheet name '{name}' contains one of the characters [ ] : * ? / \\ that Excel does not allow.";
        }
        if (name.StartsWith('\'') || name.EndsWith('\''))
        {
            return $"Sheet name '{name}' must not begin or end with an apostrophe.";
        }
        if (name.Any(char.IsControl))
        {
            return $"Sheet name '{name}' contains a control character.";
        }
        if (!ReferenceEquals(XlsxText.Clean(name), name))
        {
            return $"Sheet name '{name}' contains a character XML cannot hold (a lone surrogate, U+FFFE or U+FFFF).";
        }
        if (string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            return "'History' is a sheet name Excel reserves.";
        }
        if (EscapeAt(name) >= 0)
        {
            return $"Sheet name '{name}' contains '_xHHHH_', which Excel would read as an escaped character.";
        }
        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with the reason when <paramref name="name"/> is not valid.</summary>
    public static string Validate(string? name)
    {
        if (Problem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }
        return name!;
    }

    /// <summary>
    /// A valid sheet name as close to <paramref name="name"/> as Excel allows, unlike any in <paramref name="taken"/>
    /// (ignoring case): controls become spaces, the characters <c>[ ] : * ? / \</c> become <c>_</c>, the underscore of
    /// a literal <c>_xHHHH_</c> (which Excel would decode) becomes <c>-</c>, apostrophes at
    /// either end are dropped, the name is cut to 31 characters (never inside a surrogate pair) and, where it is
    /// taken, numbered: <c>Belegliste (2)</c>. A valid name that is free comes back unchanged.
    /// </summary>
    public static string Safe(string? name, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var used = taken as ICollection<string> ?? [.. taken];
        var cleaned = XlsxText.Clean(name ?? "", singleLine: true);
        foreach (var c in Forbidden)
        {
            cleaned = cleaned.Replace(c, '_');
        }
        for (var at = EscapeAt(cleaned); at >= 0; at = EscapeAt(cleaned))
        {
            cleaned = string.Concat(cleaned.AsSpan(0, at), "-", cleaned.AsSpan(at + 1));
        }
        cleaned = cleaned.Trim().Trim('\'').Trim();
        if (cleaned.Length == 0 || string.Equals(cleaned, "History", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned.Length == 0 ? Fallback : cleaned + " (1)";
        }
        var candidate = Shorten(cleaned, MaxLength);
        for (var n = 2; IsTaken(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Shorten(cleaned, MaxLength - suffix.Length) + suffix;
        }
        return candidate;

        bool IsTaken(string candidate) => used.Any(u => string.Equals(u, candidate, StringComparison.OrdinalIgnoreCase));
    }

    private static int EscapeAt(string name)
    {
        for (var i = name.IndexOf("_x", StringComparison.Ordinal); i >= 0; i = name.IndexOf("_x", i + 1, StringComparison.Ordinal))
        {
            if (XlsxText.LooksLikeEscape(name.AsSpan(i)))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Shorten(string name, int length) => name[..XlsxText.SafeLength(name, length)].TrimEnd().TrimEnd('\'');

    /// <summary>The name as it appears in a formula or defined name: <c>'Belegliste'</c>, quotes doubled.</summary>
    public static string Quoted(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
