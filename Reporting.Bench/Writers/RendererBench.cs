using Reporting.Bench.Forms;
using Reporting.Core.Pdf.Fonts;

namespace Reporting.Bench.Writers;

/// <summary>The low-level PDF bench (<see cref="PdfBench"/>) as a <see cref="BenchResult"/>.</summary>
public static class RendererBench
{
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
