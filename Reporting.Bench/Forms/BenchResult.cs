using System.Globalization;

namespace Reporting.Bench.Forms;

/// <summary>Figures of one bench run.</summary>
/// <param name="Name">What ran: <c>monthly xlsx</c>, <c>belegliste pdf</c>, …</param>
/// <param name="Rows">Data rows written (months × projects, vouchers, table rows).</param>
/// <param name="Pages">PDF pages, null for other formats.</param>
/// <param name="Elapsed">Wall time of the measured part (data generation and warm-up excluded).</param>
/// <param name="CpuTime">Process CPU time over the same span (all threads, so it may exceed the wall time).</param>
/// <param name="Bytes">Size of the output.</param>
/// <param name="PeakWorkingSet">The process's peak working set when the run ended (the whole process, whole life).</param>
/// <param name="Collections">Garbage collections of generation 0, 1 and 2 during the run.</param>
/// <param name="Setup">Wall time spent making the input data before the clock started.</param>
public sealed record BenchResult(
    string Name,
    long Rows,
    int? Pages,
    TimeSpan Elapsed,
    TimeSpan CpuTime,
    long Bytes,
    long PeakWorkingSet,
    (int Gen0, int Gen1, int Gen2) Collections,
    TimeSpan Setup)
{
    /// <summary>Pages per second of wall time (0 when there are no pages).</summary>
    public double PagesPerSecond => Pages is { } p && Elapsed > TimeSpan.Zero ? p / Elapsed.TotalSeconds : 0;

    /// <summary>One line, invariant culture.</summary>
    public override string ToString()
    {
        var pages = Pages is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p} pages, {PagesPerSecond:0} pages/s") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {Rows} rows{pages}, wall {Elapsed.TotalSeconds:0.00} s, CPU {CpuTime.TotalSeconds:0.00} s, " +
            $"{Bytes} bytes, peak working set {PeakWorkingSet / 1048576.0:0.0} MiB, " +
            $"GC {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2}, setup {Setup.TotalSeconds:0.00} s");
    }
}
