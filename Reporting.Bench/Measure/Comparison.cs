namespace Reporting.Bench.Measure;

/// <summary>One measured thing: what ran, on how many rows, wall time, CPU time (null when not known) and peak memory.</summary>
internal sealed record Measurement(string Name, long Rows, TimeSpan Wall, TimeSpan? Cpu, long PeakBytes)
{
    public static Measurement Of(string name, long rows, ProcessRun run) => new(name, rows, run.Wall, run.Cpu, run.PeakBytes);
}

/// <summary>
/// A table of measurements, each followed by its anchor with the ratios measurement / anchor of wall time, CPU time and
/// peak memory. CPU time is printed beside wall time because the machine is shared: the wall time grows with the
/// load of other jobs, the CPU time much less.
/// </summary>
internal sealed class ComparisonTable
{
    private readonly MarkdownTable _table = new("measurement", "rows", "wall", "CPU", "peak memory", "wall ratio", "CPU ratio", "memory ratio");

    public void Add(Measurement subject, Measurement anchor)
    {
        _table.Add(Cells(subject, Figures.Ratio(subject.Wall, anchor.Wall), CpuRatio(subject, anchor), Figures.Ratio(subject.PeakBytes, anchor.PeakBytes)));
        _table.Add(Cells(anchor with { Name = "↳ anchor: " + anchor.Name }, "1.0×", "1.0×", "1.0×"));
    }

    public void Print(TextWriter output) => _table.Print(output);

    private static string[] Cells(Measurement m, string wall, string cpu, string memory) =>
        [m.Name, Figures.Count(m.Rows), Figures.Seconds(m.Wall), m.Cpu is { } c ? Figures.Seconds(c) : "–", Figures.MiB(m.PeakBytes), wall, cpu, memory];

    private static string CpuRatio(Measurement subject, Measurement anchor) =>
        subject.Cpu is { } s && anchor.Cpu is { } a ? Figures.Ratio(s, a) : "–";
}
