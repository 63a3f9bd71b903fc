using System.Globalization;

namespace Reporting.Bench.Measure;

/// <summary>How figures are printed: invariant culture, units spelled out.</summary>
internal static class Figures
{
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string MiB(long bytes) => (bytes / 1048576.0).ToString(bytes < 10 * 1048576L ? "0.0" : "0", CultureInfo.InvariantCulture) + " MiB";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(double value, double anchor) =>
        anchor <= 0 ? "–" : (value / anchor).ToString("0.0", CultureInfo.InvariantCulture) + "×";

    public static string Ratio(TimeSpan value, TimeSpan anchor) => Ratio(value.TotalSeconds, anchor.TotalSeconds);

    public static string PerSecond(long items, TimeSpan t) => t <= TimeSpan.Zero ? "–" : Count((long)(items / t.TotalSeconds)) + "/s";

    /// <summary>Microseconds per row.</summary>
    public static string PerRow(TimeSpan t, long rows) =>
        rows <= 0 ? "–" : (t.TotalMilliseconds * 1000 / rows).ToString("0.00", CultureInfo.InvariantCulture) + " µs";
}

/// <summary>A Markdown table printed as one block, so a run's output can be pasted into docs/benchmarks.md.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Print(TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", headers) + " |");
        output.WriteLine("|" + string.Concat(headers.Select((_, i) => i == 0 ? " --- |" : " ---: |")));
        foreach (var row in _rows)
        {
            output.WriteLine("| " + string.Join(" | ", row) + " |");
        }
        output.WriteLine();
        output.Flush();
    }
}
