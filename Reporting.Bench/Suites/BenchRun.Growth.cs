using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>
    /// Cost per row at growing sizes: import (with <c>sqlite3 .import</c> of the same files beside it) and both xlsx
    /// writers. Linear cost shows as a time per row that stays about the same down the table.
    /// </summary>
    public void GrowthTable(BenchSettings settings)
    {
        Progress("growth: fixed cost of an import");
        var empty = Generate("growth-empty", 1, 0, 0);
        // The fastest of three runs: the fixed cost is a few tenths of a second, so one slow run would hide the per-row
        // cost of the smallest size.
        var fixedCost = Enumerable.Range(0, 3).Select(_ =>
        {
            var (emptyDb, cost) = ImportIntoSqlite(empty, "growth-empty.db");
            File.Delete(emptyDb);
            return cost;
        }).MinBy(c => c.Wall)!;
        Heading("Growth", "Each size is a generated data set of about that many rows (80 % vouchers, 15 % participants, one project "
            + "per 5,000 rows) and an xlsx sheet of that many monthly-export rows. Per row: CPU time / rows (wall time in brackets); "
            + $"for the import without its fixed cost (the fastest of three imports of a one-project data set without participants or vouchers: "
            + $"{Figures.Seconds(fixedCost.Wall)} wall, {Cpu(fixedCost.Cpu)} CPU, {Figures.MiB(fixedCost.PeakBytes)}; "
            + "\"–\" where a size took no longer than that).");
        var table = new MarkdownTable("rows", "import per row", "import peak", "sqlite3 .import per row", "xlsx rows", "StreamingXlsxWriter per row", "peak",
            "MiniExcel per row", "peak");
        foreach (int rows in settings.Growth)
        {
            Progress($"growth {rows}");
            var set = Generate($"growth-{rows}", Math.Max(5, rows / 5_000), rows * 15L / 100, rows * 80L / 100);
            var (db, import) = ImportIntoSqlite(set, $"growth-{rows}.db");
            var anchor = SqliteAnchor(set, WorkPath($"growth-{rows}-anchor.db"), $"growth-{rows}");
            File.Delete(db);
            File.Delete(WorkPath($"growth-{rows}-anchor.db"));
            Directory.Delete(set.Folder, recursive: true);
            int sheetRows = Math.Min(rows, 1_048_575);
            var ours = XlsxChild(XlsxWriters.Streaming, sheetRows).Measurement;
            var mini = XlsxChild(XlsxWriters.MiniExcel, sheetRows).Measurement;
            table.Add(Figures.Count(set.Rows),
                PerRow(import.Cpu - fixedCost.Cpu, import.Wall - fixedCost.Wall, set.Rows), Figures.MiB(import.PeakBytes),
                PerRow(anchor.Cpu, anchor.Wall, set.Rows), Figures.Count(sheetRows),
                PerRow(ours.Cpu, ours.Wall, sheetRows), Figures.MiB(ours.PeakBytes), PerRow(mini.Cpu, mini.Wall, sheetRows), Figures.MiB(mini.PeakBytes));
        }
        table.Print(_out);
    }

    private static string PerRow(TimeSpan? cpu, TimeSpan wall, long rows) =>
        (cpu is { } c && c > TimeSpan.Zero ? Figures.PerRow(c, rows) : "–") + " (" + (wall > TimeSpan.Zero ? Figures.PerRow(wall, rows) : "–") + ")";

    private static string Cpu(TimeSpan? cpu) => cpu is { } c ? Figures.Seconds(c) : "–";
}
