using System.Diagnostics;

namespace Reporting.Bench.Forms;

/// <summary>Wall time, CPU time and GC counts from its creation to <see cref="Stop"/>.</summary>
internal sealed class BenchClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen1 = GC.CollectionCount(1);
    private readonly int _gen2 = GC.CollectionCount(2);

    public BenchResult Stop(string name, long rows, int? pages, long bytes, TimeSpan setup)
    {
        _wall.Stop();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime - _cpu;
        return new BenchResult(name, rows, pages, _wall.Elapsed, cpu, bytes, process.PeakWorkingSet64,
            (GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2), setup);
    }
}
