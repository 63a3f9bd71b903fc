using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>How many times each writer runs in <see cref="Xlsx"/>, the two taking turns; the run with the least CPU
    /// time counts, as the fastest run does for the import.</summary>
    private const int XlsxRuns = 3;

    /// <summary>The monthly export's xlsx writer against MiniExcel on the same 25-column rows, each in a process of its
    /// own, <see cref="XlsxRuns"/> times.</summary>
    public void Xlsx(BenchSettings settings)
    {
        Heading("xlsx writer", $"{Figures.Count(settings.XlsxRows)} monthly-export rows of {MonthlyRows.ColumnCount} columns "
            + "(the monthly export's kinds: text, dates, counts, percents, euros). Wall and CPU time of the writing alone, measured "
            + $"inside the process; peak memory of the whole process (runtime included). Each writer ran {XlsxRuns} times, the two taking "
            + "turns; the run with the least CPU time is shown.");
        var runs = Enumerable.Range(0, XlsxRuns)
            .Select(_ => (Ours: XlsxChild(XlsxWriters.Streaming, settings.XlsxRows), Mini: XlsxChild(XlsxWriters.MiniExcel, settings.XlsxRows)))
            .ToList();
        var ours = runs.Select(r => r.Ours).MinBy(r => r.Measurement.Cpu)!;
        var mini = runs.Select(r => r.Mini).MinBy(r => r.Measurement.Cpu)!;
        var table = new ComparisonTable();
        table.Add(ours.Measurement, mini.Measurement);
        table.Print(_out);
        long cells = (long)settings.XlsxRows * MonthlyRows.ColumnCount;
        _out.WriteLine($"Cells per CPU second: `StreamingXlsxWriter` {Figures.PerSecond(cells, ours.Measurement.Cpu!.Value)}, "
            + $"MiniExcel {Figures.PerSecond(cells, mini.Measurement.Cpu!.Value)}; per wall second {Figures.PerSecond(cells, ours.Measurement.Wall)} "
            + $"and {Figures.PerSecond(cells, mini.Measurement.Wall)}. Files: {Figures.MiB(ours.Bytes)} and {Figures.MiB(mini.Bytes)}.");
        _out.WriteLine();
    }

    /// <summary>One writer in a child process: its measurement (writing time and CPU from inside, peak of the process) and the file size.</summary>
    private (Measurement Measurement, long Bytes) XlsxChild(string writer, int rows)
    {
        Progress($"xlsx {writer} {rows} rows");
        var file = WorkPath($"{writer}-{rows}.xlsx");
        var bench = typeof(BenchRun).Assembly.Location;
        var run = ProcessMeter.RunOk("dotnet", [bench, "xlsx-write", "--writer", writer, "--rows", Text(rows), "--out", file], _work);
        long bytes = new FileInfo(file).Length;
        File.Delete(file);
        var name = writer == XlsxWriters.Streaming ? "`StreamingXlsxWriter`" : "MiniExcel 1.46.0";
        return (new Measurement(name, rows, XlsxWriteChild.Figure(run.Output, "elapsed_ms"), XlsxWriteChild.Figure(run.Output, "cpu_ms"), run.PeakBytes), bytes);
    }
}
