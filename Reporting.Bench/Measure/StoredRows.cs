using System.Globalization;
using System.Text;
using Reporting.Core.Storage;

namespace Reporting.Bench.Measure;

/// <summary>
/// The rows an import stored (its records and the summaries it keeps), exported from the imported database in the
/// order the import wrote them and loaded by the database's own loader into another database with the same tables:
/// the bench's second import anchor. Loading reads no CSV of the contract and checks nothing, so it is what the tables
/// alone cost.
/// </summary>
internal static class StoredRows
{
    /// <summary>Every table an import writes rows to, in the order it writes them.</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements", "daily_totals", "first_placements"];

    /// <summary>The order the import wrote a table's rows in: the file and line that named a record
    /// (<c>import_source</c>); the summaries by their project's place in the import, then by key.</summary>
    public static string Order(string table) => table switch
    {
        "daily_totals" => "ORDER BY (SELECT p.import_source FROM projects p WHERE p.project_id = t.project_id), t.day",
        "first_placements" => "ORDER BY (SELECT p.import_source FROM projects p WHERE p.project_id = t.project_id), t.participant_id",
        _ => "ORDER BY t.import_source",
    };

    /// <summary>Writes the stored rows of the SQLite file <paramref name="database"/> as CSV files into
    /// <paramref name="folder"/> (NULL as empty text, which SQLite stores in as many bytes) and the <c>sqlite3</c>
    /// script that loads them in one transaction with the import's page cache; returns the script and the rows.</summary>
    public static (string Script, long Rows) ExportSqlite(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        var export = new StringBuilder(".mode csv\n.headers off\n");
        var load = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA cache_size = {SqliteImportSession.ImportCacheKiB};\n.mode csv\nBEGIN;\n"));
        foreach (var table in Tables)
        {
            var file = Path.Combine(folder, table + ".csv");
            export.Append(".output '").Append(file).Append("'\nSELECT * FROM ").Append(table).Append(" t ").Append(Order(table)).Append(";\n");
            load.Append(".import '").Append(file).Append("' ").Append(table).Append('\n');
        }
        export.Append(".output stdout\nSELECT ").Append(Count()).Append(";\n");
        load.Append("COMMIT;\n");
        var exportScript = Path.Combine(folder, "export.sqlite3");
        File.WriteAllText(exportScript, export.ToString());
        var counted = ProcessMeter.RunOk("sqlite3", [database, ".read " + exportScript], folder);
        var loadScript = Path.Combine(folder, "load.sqlite3");
        File.WriteAllText(loadScript, load.ToString());
        return (loadScript, long.Parse(counted.Output.Trim(), CultureInfo.InvariantCulture));
    }

    /// <summary>Runs a script of <see cref="ExportSqlite"/> into <paramref name="database"/>, which must hold the
    /// import's tables and no rows.</summary>
    public static ProcessRun LoadSqlite(string database, string script) =>
        ProcessMeter.RunOk("sqlite3", [database, ".read " + script], Path.GetDirectoryName(script));

    /// <summary>Writes the stored rows of the PostgreSQL database <paramref name="location"/> as binary COPY files into
    /// <paramref name="folder"/> and the <c>psql</c> script that loads them in one transaction; returns the script and
    /// the rows.</summary>
    public static (string Script, long Rows) ExportPostgres(string location, string folder)
    {
        Directory.CreateDirectory(folder);
        var export = new StringBuilder("\\set ON_ERROR_STOP on\n");
        var load = new StringBuilder("\\set ON_ERROR_STOP on\nBEGIN;\n");
        foreach (var table in Tables)
        {
            var file = Path.Combine(folder, table + ".bin");
            export.Append("\\copy (SELECT * FROM ").Append(table).Append(" t ").Append(Order(table)).Append(") TO '").Append(file).Append("' WITH (FORMAT binary)\n");
            load.Append("\\copy ").Append(table).Append(" FROM '").Append(file).Append("' WITH (FORMAT binary)\n");
        }
        export.Append("SELECT ").Append(Count()).Append(";\n");
        load.Append("COMMIT;\n");
        var exportScript = Path.Combine(folder, "export.psql");
        File.WriteAllText(exportScript, export.ToString());
        var counted = ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(location), "-q", "-A", "-t", "-f", exportScript]);
        var loadScript = Path.Combine(folder, "load.psql");
        File.WriteAllText(loadScript, load.ToString());
        return (loadScript, long.Parse(counted.Output.Trim(), CultureInfo.InvariantCulture));
    }

    /// <summary>Runs a script of <see cref="ExportPostgres"/> into <paramref name="location"/>, which must hold the
    /// import's tables and no rows.</summary>
    public static ProcessRun LoadPostgres(string location, string script) =>
        ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(location), "-q", "-f", script]);

    private static string Count() => string.Join(" + ", Tables.Select(t => $"(SELECT COUNT(*) FROM {t})"));
}
