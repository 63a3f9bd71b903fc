using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>The monthly export's xlsx writer against MiniExcel on the same 25-column rows, each in a process of its own.</summary>
    public void Xlsx(BenchSettings settings)
    {
        Heading("xlsx writer", $"{Figures.Count(settings.XlsxRows)} monthly-export rows of {MonthlyRows.ColumnCount} columns "
            + "(the monthly export's kinds: text, dates, counts, percents, euros). Writing time measured inside the process, peak memory of the "
            + "whole process (runtime included).");
        var table = new MarkdownTable("writer", "rows", "writing time", "cells/s", "peak memory", "file", "anchor: MiniExcel 1.46.0", "cells/s", "peak memory",
            "file", "time ratio", "memory ratio");
        var (ours, ourRun, ourBytes) = XlsxChild(XlsxWriters.Streaming, settings.XlsxRows);
        var (mini, miniRun, miniBytes) = XlsxChild(XlsxWriters.MiniExcel, settings.XlsxRows);
        long cells = (long)settings.XlsxRows * MonthlyRows.ColumnCount;
        table.Add("`StreamingXlsxWriter`", Figures.Count(settings.XlsxRows), Figures.Seconds(ours), Figures.PerSecond(cells, ours), Figures.MiB(ourRun.PeakBytes),
            Figures.MiB(ourBytes), Figures.Seconds(mini), Figures.PerSecond(cells, mini), Figures.MiB(miniRun.PeakBytes), Figures.MiB(miniBytes),
            Figures.Ratio(ours, mini), Figures.Ratio(ourRun.PeakBytes, miniRun.PeakBytes));
        table.Print(_out);
    }

    /// <summary>One writer in a child process: (writing time, the process run, file size).</summary>
    private (TimeSpan Writing, ProcessRun Run, long Bytes) XlsxChild(string writer, int rows)
    {
        Progress($"xlsx {writer} {rows} rows");
        var file = WorkPath($"{writer}-{rows}.xlsx");
        var bench = typeof(BenchRun).Assembly.Location;
        var run = ProcessMeter.RunOk("dotnet", [bench, "xlsx-write", "--writer", writer, "--rows", Text(rows), "--out", file], _work);
        long bytes = new FileInfo(file).Length;
        File.Delete(file);
        return (XlsxWriteChild.Elapsed(run.Output), run, bytes);
    }
}
