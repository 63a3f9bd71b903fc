using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Demo;

/// <summary>What the demo prints about its results: the targets table of all projects as of today (the same as
/// <c>targets</c>), and the files it wrote.</summary>
public static class DemoSummary
{
    /// <summary>An empty line, then the targets table of all projects as of <paramref name="today"/>.</summary>
    public static void Write(TextWriter output, IStoreReader data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        FiguresTableWriter.WriteTargets(TargetsService.Build(data, ReportScope.AllProjects, today, label: "alle Projekte")!, output);
    }

    /// <summary>An empty line, then how many files <paramref name="runs"/> wrote where, and what each folder holds.</summary>
    public static void WriteFiles(TextWriter output, IReadOnlyList<ReportRun> runs, string outDir, string database)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(runs);
        output.WriteLine();
        output.WriteLine($"{runs.Sum(r => r.Files.Count)} files written to {outDir} (database: {database}):");
        output.WriteLine("  forms/      Quartalsberichte, Zwischen- and Verwendungsnachweise, Zielerreichung (xlsx, pdf, csv, json)");
        output.WriteLine("  published/  quarterly reports for publication (small counts shown as *)");
        output.WriteLine("  exports/    the monthly export (csv, xlsx)");
    }
}
