using System.Globalization;

namespace Reporting.Core.Output;

/// <summary>Writes typed rows as CSV (RFC 4180 quoting, CRLF line ends) in a <see cref="CsvStyle"/>.</summary>
/// <remarks>A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, <c>|</c>, a tab or a carriage return, or with
/// the full-width <c>＝ ＋ － ＠ ｜</c> (which spreadsheets in East Asian locales read the same way), gets a leading
/// <c>'</c>, so no spreadsheet runs it as a formula or a DDE command. Numbers are written as numbers (a negative amount
/// stays <c>-5,00</c>): only text cells are defused.</remarks>
internal static class CsvTableWriter
{
    public static void Write(Stream output, CsvStyle style, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<FigureCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, style.Encoding, 4096, leaveOpen: true) { NewLine = "\r\n" };
        WriteLine(writer, style, header.Select(h => Field(h, style)));
        foreach (var row in rows)
        {
            WriteLine(writer, style, row.Select(c => Field(Text(c, style), style)));
        }
    }

    /// <summary>The cell as text in <paramref name="style"/>, before quoting.</summary>
    public static string Text(FigureCell cell, CsvStyle style) => cell.Kind switch
    {
        FigureCellKind.Empty => string.Empty,
        FigureCellKind.Suppressed => "*",
        FigureCellKind.Text => Defuse(cell.Text!),
        FigureCellKind.Flag => cell.Number != 0m ? "true" : "false",
        FigureCellKind.Date => cell.Date.ToString(style.DateFormat, CultureInfo.InvariantCulture),
        _ => style.DecimalComma ? FigureNumbers.WithDecimalComma(cell) : FigureNumbers.Invariant(cell),
    };

    /// <summary>Prefixes <c>'</c> to text a spreadsheet would read as a formula.</summary>
    public static string Defuse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaLeads.Contains(text[0]) ? "'" + text : text;
    }

    /// <summary>The first characters that make a spreadsheet evaluate a cell.</summary>
    public static readonly IReadOnlySet<char> FormulaLeads = new HashSet<char>
    {
        '=', '+', '-', '@', '|', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFF5C',
    };

    private static string Field(string text, CsvStyle style)
    {
        var needsQuotes = text.Contains(style.Delimiter, StringComparison.Ordinal)
            || text.Contains('"', StringComparison.Ordinal)
            || text.Contains('\r', StringComparison.Ordinal)
            || text.Contains('\n', StringComparison.Ordinal);
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void WriteLine(StreamWriter writer, CsvStyle style, IEnumerable<string> fields) =>
        writer.WriteLine(string.Join(style.Delimiter, fields));
}
