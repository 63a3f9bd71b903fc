using Reporting.Bench.Measure;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary><c>fundingreports generate</c> alone at the command line's size: rows per second and peak memory, which
    /// stays flat whatever the size because every row is written as it is drawn.</summary>
    public void GenerateOnly(BenchSettings settings)
    {
        Progress("generating the data set");
        var set = MainDataSet();
        Heading("Generator", $"`fundingreports generate --projects {settings.Projects} --participants {settings.Participants} "
            + $"--vouchers {settings.Vouchers} --seed {settings.Seed}`, a whole process.");
        var table = new MarkdownTable("rows", "files", "wall", "CPU", "rows/s (wall)", "rows/s (CPU)", "peak memory");
        table.Add(Figures.Count(set.Rows), Figures.MiB(set.Files.Sum(f => new FileInfo(f).Length)), Figures.Seconds(set.Generation.Wall),
            set.Generation.Cpu is { } cpu ? Figures.Seconds(cpu) : "–", Figures.PerSecond(set.Rows, set.Generation.Wall),
            set.Generation.Cpu is { } perCpu ? Figures.PerSecond(set.Rows, perCpu) : "–", Figures.MiB(set.Generation.PeakBytes));
        table.Print(_out);
    }
}
