using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>
    /// Cost per row at growing sizes: import (with <c>sqlite3 .import</c> of the same files beside it) and both xlsx
    /// writers. Linear cost shows as a time per row that stays about the same from row to row of the table.
    /// </summary>
    public void GrowthTable(BenchSettings settings)
    {
        Heading("Growth", "Each size is a generated data set of about that many rows (80 % vouchers, 15 % participants, one project "
            + "per 5,000 rows) and an xlsx sheet of that many monthly-export rows. Time per row = wall time / rows.");
        Progress("growth: fixed cost of an import");
        var empty = Generate("growth-empty", 1, 0, 0);
        var (emptyDb, fixedCost) = ImportIntoSqlite(empty, "growth-empty.db");
        File.Delete(emptyDb);
        _out.WriteLine($"Fixed cost of one `import` (process start, schema, a one-project data set): {Figures.Seconds(fixedCost.Wall)}, "
            + $"peak {Figures.MiB(fixedCost.PeakBytes)}; \"import per row\" leaves it out: (wall − fixed cost) / rows.");
        _out.WriteLine();
        var table = new MarkdownTable("rows", "import wall", "import per row", "import peak", "sqlite3 .import wall", "sqlite3 per row",
            "xlsx rows", "StreamingXlsxWriter per row", "peak", "MiniExcel per row", "peak");
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
            var (ours, ourRun, _) = XlsxChild(XlsxWriters.Streaming, sheetRows);
            var (mini, miniRun, _) = XlsxChild(XlsxWriters.MiniExcel, sheetRows);
            table.Add(Figures.Count(set.Rows), Figures.Seconds(import.Wall), Figures.PerRow(import.Wall - fixedCost.Wall, set.Rows), Figures.MiB(import.PeakBytes),
                Figures.Seconds(anchor.Wall), Figures.PerRow(anchor.Wall, set.Rows), Figures.Count(sheetRows),
                Figures.PerRow(ours, sheetRows), Figures.MiB(ourRun.PeakBytes), Figures.PerRow(mini, sheetRows), Figures.MiB(miniRun.PeakBytes));
        }
        table.Print(_out);
    }
}
