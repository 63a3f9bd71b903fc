using Reporting.Bench.Measure;

namespace Reporting.Bench.Suites;

/// <summary>
/// The second anchor of the import (<see cref="StoredRows"/>): the rows an import stored, loaded by the database's own
/// loader into a fresh database made by <c>fundingreports init</c>. An import can only come below it by sharing the
/// work between its threads.
/// </summary>
internal sealed partial class BenchRun
{
    /// <summary>The stored rows of the SQLite file <paramref name="database"/>, ready to load (<see cref="SqliteFloor"/>).</summary>
    private (string Script, long Rows) PrepareSqliteFloor(string database) => StoredRows.ExportSqlite(database, WorkPath("floor-sqlite"));

    /// <summary>One timed run of <paramref name="script"/> into a fresh database made by <c>fundingreports init</c>.</summary>
    private ProcessRun SqliteFloor(string script)
    {
        var db = FreshSqlitePath("floor.db");
        FundingReports(["init", "--db", db]);
        return StoredRows.LoadSqlite(db, script);
    }

    /// <summary>The stored rows of <paramref name="imported"/>, loaded by <c>psql \copy</c> (binary) into
    /// <paramref name="floor"/> (made by <c>fundingreports init</c>) after a checkpoint: the timed run, and how many rows
    /// it loaded.</summary>
    private (ProcessRun Run, long Rows) PostgresFloor(string server, string imported, string floor)
    {
        var (script, rows) = StoredRows.ExportPostgres(imported, WorkPath("floor-postgres"));
        FundingReports(["init", "--db", floor]);
        Checkpoint(server);
        return (StoredRows.LoadPostgres(floor, script), rows);
    }
}
