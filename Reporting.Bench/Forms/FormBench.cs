using System.Diagnostics;
using Reporting.Core.Domain;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Storage = Reporting.Core.Storage;

namespace Reporting.Bench.Forms;

/// <summary>
/// End-to-end benches of the forms: synthetic data (<see cref="SyntheticData"/>) through <see cref="ReportService.Run"/>,
/// exactly as <c>fundingreports report</c> writes them. Not unit tests: figures go to docs/benchmarks.md.
/// </summary>
public static class FormBench
{
    /// <summary>Months per project in the monthly bench (the runtime of a typical project: about two years).</summary>
    public const int MonthsPerProject = 25;

    /// <summary>Vouchers of the untimed warm-up run: enough for the hot layout methods to reach optimised (tier-1) code.</summary>
    public const int WarmUpVouchers = 3000;

    private static readonly PeriodSpec Runtime = PeriodSpec.Parse("runtime").Value!;

    /// <summary>How many projects of how many months make at least <paramref name="rows"/> monthly rows.</summary>
    public static SyntheticSize MonthlySize(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        int months = Math.Min(MonthsPerProject, rows);
        return new SyntheticSize((rows + months - 1) / months, months);
    }

    /// <summary>The monthly export (form <c>monthly</c>) of all synthetic projects over their runtime, as xlsx or csv.</summary>
    public static BenchResult Monthly(int rows, string format, string outputFolder, ReportContext context)
    {
        var setup = Stopwatch.StartNew();
        var size = MonthlySize(rows);
        var data = SyntheticData.Create(size);
        setup.Stop();
        var job = new ReportJob(MonthlyExport.Form, ReportScope.AllProjects, Runtime, [format], outputFolder);
        var clock = new BenchClock();
        var files = ReportService.Run(new Storage.DataSetReader(data), job, context);
        return clock.Stop($"monthly {format}", (long)size.Projects * size.Months, null, files.Sum(f => new FileInfo(f).Length), setup.Elapsed);
    }

    /// <summary>
    /// The proof of use (form <c>proof</c>, with its Belegliste) of the one project with <paramref name="vouchers"/>
    /// expenditures, over its runtime, as pdf or xlsx. A proof of use of 3,000 vouchers is written first, untimed,
    /// so JIT compilation and font loading are not measured.
    /// </summary>
    public static BenchResult Belegliste(int vouchers, string format, string outputFolder, ReportContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vouchers, 1);
        var job = new ReportJob(ProofOfUseReport.Form, ReportScope.Project(SyntheticData.VoucherProjectId.Value), Runtime, [format], outputFolder);
        var setup = Stopwatch.StartNew();
        var warmUp = Directory.CreateTempSubdirectory("fr-bench-warmup-");
        try
        {
            ReportService.Run(new Storage.DataSetReader(SyntheticData.Create(new SyntheticSize(0, 1, WarmUpVouchers))), job with { OutputFolder = warmUp.FullName }, context);
        }
        finally
        {
            warmUp.Delete(recursive: true);
        }
        var data = SyntheticData.Create(new SyntheticSize(0, 1, vouchers));
        setup.Stop();
        var clock = new BenchClock();
        var files = ReportService.Run(new Storage.DataSetReader(data), job, context);
        int? pages = format == "pdf" ? files.Sum(PdfPages.Count) : null;
        return clock.Stop($"belegliste {format}", vouchers, pages, files.Sum(f => new FileInfo(f).Length), setup.Elapsed);
    }
}
