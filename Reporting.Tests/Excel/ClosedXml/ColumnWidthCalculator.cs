namespace Reporting.Core.Excel;

/// <summary>
/// Column widths from content, without measuring fonts (ClosedXML's <c>AdjustToContents</c> needs GDI+, which
/// throws on Linux): the longest line of the formatted values, in characters, plus padding, within
/// [<see cref="Min"/>, <see cref="Max"/>]. Bold text counts 10 % wider.
/// </summary>
public sealed record ColumnWidthCalculator
{
    public static readonly ColumnWidthCalculator Default = new();

    public double Min { get; init; } = 6;
    public double Max { get; init; } = 60;

    /// <summary>Characters added to the longest value (room for the filter button and the cell margin).</summary>
    public double Padding { get; init; } = 2;

    /// <summary>The width, in characters, for a column holding <paramref name="texts"/> (as displayed).</summary>
    public double Width(IEnumerable<(string Text, bool Bold)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Min, Max);
        var longest = 0.0;
        foreach (var (text, bold) in texts)
        {
            longest = Math.Max(longest, Characters(text) * (bold ? 1.1 : 1.0));
        }
        return Math.Clamp(Math.Ceiling(longest + Padding), Min, Max);
    }

    /// <summary>The width for plain (not bold) texts.</summary>
    public double Width(IEnumerable<string> texts) => Width(texts.Select(t => (t, false)));

    /// <summary>Characters of the longest line, counting characters (not UTF-16 units).</summary>
    public static int Characters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var longest = 0;
        foreach (var line in text.Split('\n'))
        {
            longest = Math.Max(longest, line.TrimEnd('\r').EnumerateRunes().Count());
        }
        return longest;
    }
}
