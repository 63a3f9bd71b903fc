using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>The inner loops under BenchmarkDotNet (short run, in process): mean time and allocation per operation.</summary>
    public void Micro(BenchSettings settings)
    {
        Progress("BenchmarkDotNet inner loops");
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .WithArtifactsPath(WorkPath("BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var xlsx = BenchmarkRunner.Run<XlsxWriterLoop>(config);
        var generator = BenchmarkRunner.Run<GeneratorLoop>(config);

        Heading("Inner loops (BenchmarkDotNet)", "`Job.ShortRun` (3 warm-up and 3 measured iterations) in process, `MemoryDiagnoser`; "
            + "xlsx into a null stream, the generator into a temporary folder.");
        var table = new MarkdownTable("benchmark", "mean", "per unit", "allocated per operation", "anchor", "anchor mean", "anchor allocated", "time ratio");
        var ours = Find(xlsx, "StreamingXlsxWriter");
        var mini = Find(xlsx, "MiniExcel");
        long cells = 10_000L * MonthlyRows.ColumnCount;
        table.Add("`StreamingXlsxWriter`, 10,000 rows", Mean(ours), Figures.PerSecond(cells, TimeSpan.FromTicks((long)(ours.ResultStatistics!.Mean / 100))) + " cells",
            Allocated(ours), "MiniExcel 1.46.0", Mean(mini), Allocated(mini), Figures.Ratio(ours.ResultStatistics.Mean, mini.ResultStatistics!.Mean));
        var gen = Find(generator, "DataGenerator.Write");
        long rows = GeneratorLoop.Vouchers + GeneratorLoop.Participants;
        table.Add("`DataGenerator.Write`, one project", Mean(gen), Figures.PerSecond(rows, TimeSpan.FromTicks((long)(gen.ResultStatistics!.Mean / 100))) + " rows (vouchers + participants)",
            Allocated(gen), "–", "–", "–", "–");
        table.Print(_out);
    }

    private static BenchmarkReport Find(Summary summary, string description) =>
        summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Contains(description, StringComparison.Ordinal) && r.ResultStatistics is not null)
            ?? throw new BenchException($"BenchmarkDotNet produced no result for {description}");

    private static string Mean(BenchmarkReport report) => Figures.Seconds(TimeSpan.FromTicks((long)(report.ResultStatistics!.Mean / 100)));

    private static string Allocated(BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Figures.MiB(bytes) : "–";
}
