namespace Reporting.Core.Excel;

/// <summary>Excel's rules for sheet names, checked before a file is written rather than when Excel refuses it.</summary>
public static class XlsxSheetName
{
    public const int MaxLength = 31;

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
        if (string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            return "'History' is a sheet name Excel reserves.";
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

    /// <summary>The name as it appears in a formula or defined name: <c>'Belegliste'</c>, quotes doubled.</summary>
    public static string Quoted(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
