using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Core.Output;

/// <summary>An aligned plain-text table for the terminal, with German number and date formats
/// (numbers right-aligned, text left-aligned, two spaces between columns).</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<FigureCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        var texts = rows.Select(r => r.Select(German).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, texts.Count == 0 ? 0 : texts.Max(t => t[i].Length))).ToArray();
        var rightAligned = header.Select((_, i) => rows.Any(r => IsNumeric(r[i]))).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ",
            cells.Select((c, i) => rightAligned[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(header));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var t in texts)
        {
            output.WriteLine(Line(t));
        }
    }

    /// <summary>The cell in German: <c>1.234</c>, <c>5.800.000,00 €</c>, <c>71,9 %</c>, <c>31.07.2018</c>, <c>ja</c>, <c>–</c> for none.</summary>
    public static string German(FigureCell cell) => cell.Kind switch
    {
        FigureCellKind.Empty => "–",
        FigureCellKind.Suppressed => "*",
        FigureCellKind.Text => cell.Text!,
        FigureCellKind.Flag => cell.Number != 0m ? "ja" : "nein",
        FigureCellKind.Date => GermanFormat.Date(cell.Date),
        FigureCellKind.Count => cell.Number.ToString("#,##0", GermanFormat.Numbers),
        FigureCellKind.Euro => GermanFormat.Euro(new Money(cell.Number)),
        FigureCellKind.Ratio => GermanFormat.Percent(cell.Number),
        FigureCellKind.Decimal => Math.Round(cell.Number, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", GermanFormat.Numbers),
        _ => Convert.ToString(cell.Number, CultureInfo.InvariantCulture),
    };

    private static bool IsNumeric(FigureCell cell) =>
        cell.Kind is FigureCellKind.Count or FigureCellKind.Euro or FigureCellKind.Ratio or FigureCellKind.Decimal or FigureCellKind.Suppressed;
}
