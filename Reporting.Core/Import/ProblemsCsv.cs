using System.Globalization;
using System.Text;

namespace Reporting.Core.Import;

/// <summary>The error file of an import: <c>file;line;column;problem</c>, one problem per row.</summary>
/// <remarks>Cells that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or CR) get a leading apostrophe.</remarks>
public static class ProblemsCsv
{
    public const string Header = "file;line;column;problem";

    /// <summary>UTF-8 with BOM, so Excel opens umlauts correctly.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Format(IEnumerable<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var sb = new StringBuilder();
        sb.Append(Header).Append("\r\n");
        foreach (var p in problems)
        {
            sb.Append(Cell(p.File)).Append(';')
                .Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(Cell(p.Column ?? "")).Append(';')
                .Append(Cell(p.Message)).Append("\r\n");
        }
        return sb.ToString();
    }

    private static string Cell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
