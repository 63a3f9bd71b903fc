using System.Globalization;
using System.Text;
using Reporting.Bench.Measure;
using Reporting.Core.Storage;

namespace Reporting.Bench.Suites;

/// <summary>
/// The second anchor of the import: the rows an import stored (its records and the summaries it keeps), loaded by the
/// database's own loader into a fresh database of the same schema (made by <c>fundingreports init</c>), in the order
/// the import wrote them. No reading of the contract's CSV, no checks: what the tables alone cost, with their keys,
/// types and summaries, on this machine. An import cannot be faster than its tables let it be by more than it shares
/// the work between its threads.
/// </summary>
internal sealed partial class BenchRun
{
    /// <summary>Every table an import writes rows to, in the order it writes them.</summary>
    private static readonly string[] StoredTables =
        ["programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements", "daily_totals", "first_placements"];

    /// <summary>The order the import wrote a table's rows in: the file and line that named a record
    /// (<c>import_source</c>); the summaries by their project's place in the import, then by key.</summary>
    private static string StoredOrder(string table) => table switch
    {
        "daily_totals" => "ORDER BY (SELECT p.import_source FROM projects p WHERE p.project_id = t.project_id), t.day",
        "first_placements" => "ORDER BY (SELECT p.import_source FROM projects p WHERE p.project_id = t.project_id), t.participant_id",
        _ => "ORDER BY t.import_source",
    };

    /// <summary>The stored rows of <paramref name="database"/> as CSV files (NULL as empty text, which SQLite stores as
    /// an empty string: the same pages to within a byte a value) and the <c>sqlite3</c> script that loads them in one
    /// transaction with the import's page cache.</summary>
    private (string Script, long Rows) PrepareSqliteFloor(string database)
    {
        var folder = WorkPath("floor-sqlite");
        Directory.CreateDirectory(folder);
        var export = new StringBuilder(".mode csv\n.headers off\n");
        var load = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {SqliteImportSession.ImportCacheKiB};\n.mode csv\nBEGIN;\n"));
        foreach (var table in StoredTables)
        {
            var file = Path.Combine(folder, table + ".csv");
            export.Append(".output '").Append(file).Append("'\nSELECT * FROM ").Append(table).Append(" t ").Append(StoredOrder(table)).Append(";\n");
            load.Append(".import '").Append(file).Append("' ").Append(table).Append('\n');
        }
        export.Append(".output stdout\nSELECT ").Append(string.Join(" + ", StoredTables.Select(t => $"(SELECT COUNT(*) FROM {t})"))).Append(";\n");
        load.Append("COMMIT;\n");
        var exportScript = Path.Combine(folder, "export.sqlite3");
        File.WriteAllText(exportScript, export.ToString());
        var counted = ProcessMeter.RunOk("sqlite3", [database, ".read " + exportScript], _work);
        var loadScript = Path.Combine(folder, "load.sqlite3");
        File.WriteAllText(loadScript, load.ToString());
        return (loadScript, long.Parse(counted.Output.Trim(), CultureInfo.InvariantCulture));
    }

    /// <summary>One timed run of <paramref name="script"/> into a fresh database made by <c>fundingreports init</c>.</summary>
    private ProcessRun SqliteFloor(string script)
    {
        var db = WorkPath("floor.db");
        foreach (var stale in new[] { db, db + "-wal", db + "-shm", db + "-journal" })
        {
            File.Delete(stale);
        }
        FundingReports(["init", "--db", db]);
        return ProcessMeter.RunOk("sqlite3", [db, ".read " + script], _work);
    }

    /// <summary>The stored rows of <paramref name="imported"/> as binary COPY files, loaded by <c>psql \copy</c> into
    /// <paramref name="floor"/> (made by <c>fundingreports init</c>) in one transaction after a checkpoint: the timed run,
    /// and how many rows it loaded.</summary>
    private (ProcessRun Run, long Rows) PostgresFloor(string server, string imported, string floor)
    {
        var folder = WorkPath("floor-postgres");
        Directory.CreateDirectory(folder);
        var export = new StringBuilder("\\set ON_ERROR_STOP on\n");
        var load = new StringBuilder("\\set ON_ERROR_STOP on\nBEGIN;\n");
        foreach (var table in StoredTables)
        {
            var file = Path.Combine(folder, table + ".bin");
            export.Append("\\copy (SELECT * FROM ").Append(table).Append(" t ").Append(StoredOrder(table)).Append(") TO '").Append(file).Append("' WITH (FORMAT binary)\n");
            load.Append("\\copy ").Append(table).Append(" FROM '").Append(file).Append("' WITH (FORMAT binary)\n");
        }
        export.Append("SELECT ").Append(string.Join(" + ", StoredTables.Select(t => $"(SELECT COUNT(*) FROM {t})"))).Append(";\n");
        load.Append("COMMIT;\n");
        var exportScript = Path.Combine(folder, "export.psql");
        File.WriteAllText(exportScript, export.ToString());
        var counted = ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(imported), "-q", "-A", "-t", "-f", exportScript]);
        var loadScript = Path.Combine(folder, "load.psql");
        File.WriteAllText(loadScript, load.ToString());
        FundingReports(["init", "--db", floor]);
        Checkpoint(server);
        var run = ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(floor), "-q", "-f", loadScript]);
        return (run, long.Parse(counted.Output.Trim(), CultureInfo.InvariantCulture));
    }
}
