using System.Text;

namespace Reporting.Core.Import;

/// <summary>Finds the known column an unknown header cell was probably meant to be: the name with its umlauts mangled
/// by a wrong encoding (<c>EmpfÃ¤nger</c>, <c>Empf�nger</c>) or within a small typing distance (<c>Empfnger</c>).</summary>
/// <remarks>
/// Names are compared normalised (<see cref="ColumnSpec.Normalize"/>). A header whose Windows-1252 bytes decode as
/// UTF-8 to a known name is mojibake; otherwise the restricted Damerau-Levenshtein distance (insert, delete,
/// substitute, swap two neighbours) to the English name and the German alias must be at most
/// <see cref="MaxDistance"/>, and only names of at least <see cref="MinLetters"/> letters are compared, so that short
/// names (<c>Art</c>, <c>kind</c>, <c>name</c>) do not catch unrelated columns.
/// </remarks>
internal static class ColumnLookalike
{
    public const int MaxDistance = 2;

    public const int MinLetters = 5;

    /// <summary>The column of <paramref name="columns"/> that <paramref name="header"/> looks like, and the name it is
    /// closest to (English or German), or null.</summary>
    public static (ColumnSpec Column, string Name)? Find(string header, IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columns);
        var repaired = Repaired(header);
        if (repaired is not null && columns.FirstOrDefault(c => c.Matches(repaired)) is { } mangled)
        {
            return (mangled, ColumnSpec.Normalize(repaired) == ColumnSpec.Normalize(mangled.German) ? mangled.German : mangled.English);
        }
        var key = ColumnSpec.Normalize(header);
        (ColumnSpec Column, string Name, int Distance)? best = null;
        foreach (var column in columns)
        {
            foreach (var name in new[] { column.English, column.German })
            {
                var known = ColumnSpec.Normalize(name);
                if (Letters(known) < MinLetters || Math.Abs(known.Length - key.Length) > MaxDistance)
                {
                    continue;
                }
                var distance = Distance(key, known);
                if (distance <= MaxDistance && (best is null || distance < best.Value.Distance))
                {
                    best = (column, name, distance);
                }
            }
        }
        return best is { } b ? (b.Column, b.Name) : null;
    }

    /// <summary>UTF-8 text that was read as Windows-1252, decoded as it was meant; null when it is not that.</summary>
    private static string? Repaired(string header)
    {
        if (!header.Any(c => c >= 0x80))
        {
            return null;
        }
        var encoding = TextDecoder.Windows1252;
        var bytes = encoding.GetBytes(header);
        if (encoding.GetString(bytes) != header)
        {
            return null;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int Letters(string s) => s.Count(char.IsLetter);

    /// <summary>Restricted Damerau-Levenshtein (optimal string alignment) distance.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
