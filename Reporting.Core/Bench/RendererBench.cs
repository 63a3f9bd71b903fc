using Reporting.Core.Excel;
using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Fonts;

namespace Reporting.Core.Bench;

/// <summary>The low-level benches of the two writers (<see cref="XlsxBench"/>, <see cref="PdfBench"/>) as <see cref="BenchResult"/>s.</summary>
public static class RendererBench
{
    /// <summary>A 25-column monthly-export-like sheet of <paramref name="rows"/> rows written to <paramref name="path"/>.</summary>
    public static BenchResult Xlsx(int rows, string path)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var clock = new BenchClock();
        using (var file = File.Create(path))
        {
            XlsxBench.Run(rows, file);
        }
        return clock.Stop("xlsx", rows, null, new FileInfo(path).Length, TimeSpan.Zero);
    }

    /// <summary>A four-column table of <paramref name="rows"/> rows (PdfBench warms up on 3,000 rows before its clock starts).</summary>
    public static BenchResult Pdf(int rows, string path, string? fontFolder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var clock = new BenchClock();
        PdfBenchResult result;
        using (var file = File.Create(path))
        {
            result = PdfBench.Run(rows, file, new FontResolverOptions(fontFolder));
        }
        var whole = clock.Stop("pdf", rows, result.Pages, new FileInfo(path).Length, TimeSpan.Zero);
        // PdfBench's own clock leaves out the font loading and warm-up that ours includes.
        return whole with { Elapsed = result.Elapsed, CpuTime = result.CpuTime, Setup = whole.Elapsed - result.Elapsed };
    }
}
