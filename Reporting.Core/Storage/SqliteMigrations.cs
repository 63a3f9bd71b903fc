using Dapper;
using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>Versioned schema scripts. Version N is reached by running scripts 1..N in order; the database
/// records its version in <c>PRAGMA user_version</c>. Never edit a released script: add a new one.</summary>
/// <remarks>Money is stored as INTEGER cents (exact; imports have at most two decimals), dates as ISO TEXT,
/// flags as INTEGER 0/1 with NULL for "not known".</remarks>
internal static class SqliteMigrations
{
    private static SchemaTables Shared => SchemaTables.Sqlite;

    public static readonly IReadOnlyList<string> Scripts =
    [
        // 1: the seven record kinds of the import contract.
        Shared.RecordTables,
        // 2: scoped reads and summaries. The large tables become clustered on their keys (WITHOUT ROWID), so one
        // project's records are one range of one b-tree and an import writes one b-tree per row. Every record
        // remembers the import run and file line that last named it (import_run, import_source = file ordinal
        // * 2^32 + line). daily_totals and first_placements are kept up to date by every import and serve the
        // target attainment of many projects without reading their records (docs/storage.md).
        $"""
        {Shared.ImportRuns}
        {Shared.Participants("participants_v2", Shared.ProvenanceColumns, Shared.Clustered)}
        INSERT INTO participants_v2 (project_id, participant_id, entry_date, exit_date, exit_reason, gender, birth_year,
            long_term_unemployed, refugee, severely_disabled)
        SELECT project_id, participant_id, entry_date, exit_date, exit_reason, gender, birth_year,
            long_term_unemployed, refugee, severely_disabled FROM participants;
        {Shared.Placements("placements_v2", "participants_v2", Shared.ProvenanceColumns, Shared.Clustered)}
        INSERT INTO placements_v2 (project_id, participant_id, placement_date, kind, sector, sustained_6m)
        SELECT project_id, participant_id, placement_date, kind, sector, sustained_6m FROM placements;
        {Shared.Expenditures("expenditures_v2", Shared.ProvenanceColumns, Shared.Clustered)}
        INSERT INTO expenditures_v2 (project_id, voucher_no, payment_date, cost_category, amount_cents, payee, description)
        SELECT project_id, voucher_no, payment_date, cost_category, amount_cents, payee, description FROM expenditures;
        DROP TABLE placements;
        DROP TABLE participants;
        DROP TABLE expenditures;
        ALTER TABLE participants_v2 RENAME TO participants;
        ALTER TABLE placements_v2 RENAME TO placements;
        ALTER TABLE expenditures_v2 RENAME TO expenditures;
        {SchemaTables.ForEach(["programs", "projects", "budget_lines", "disbursements"],
            table => string.Join("\n", Shared.Provenance.Select(column => $"ALTER TABLE {table} ADD COLUMN {column};")))}

        -- Per project and day: participants who entered, who left (exit_date), who are no longer active from that day
        -- on (the later of entry and exit, so that a record with an exit before its entry counts as the engine does),
        -- and the money paid out (Σ expenditures by payment_date).
        {Shared.DailyTotals}
        INSERT INTO daily_totals (project_id, day, entries)
            SELECT project_id, entry_date, COUNT(*) FROM participants GROUP BY project_id, entry_date
            ON CONFLICT (project_id, day) DO UPDATE SET entries = entries + excluded.entries;
        INSERT INTO daily_totals (project_id, day, exits)
            SELECT project_id, exit_date, COUNT(*) FROM participants WHERE exit_date IS NOT NULL GROUP BY project_id, exit_date
            ON CONFLICT (project_id, day) DO UPDATE SET exits = exits + excluded.exits;
        INSERT INTO daily_totals (project_id, day, leavers)
            SELECT project_id, MAX(entry_date, exit_date), COUNT(*) FROM participants WHERE exit_date IS NOT NULL
            GROUP BY project_id, MAX(entry_date, exit_date)
            ON CONFLICT (project_id, day) DO UPDATE SET leavers = leavers + excluded.leavers;
        INSERT INTO daily_totals (project_id, day, spent_cents)
            SELECT project_id, payment_date, SUM(amount_cents) FROM expenditures GROUP BY project_id, payment_date
            ON CONFLICT (project_id, day) DO UPDATE SET spent_cents = spent_cents + excluded.spent_cents;

        -- Per project and person: the placement that counts towards the target (the first of a target kind, by date
        -- then kind code order as the engine orders them), rebuilt for every project an import touches.
        {Shared.FirstPlacements}
        INSERT INTO first_placements (project_id, participant_id, placement_date, sustained_6m)
        SELECT project_id, participant_id, placement_date, sustained_6m FROM (
            SELECT pl.project_id, pl.participant_id, pl.placement_date, pl.sustained_6m,
                ROW_NUMBER() OVER (PARTITION BY pl.project_id, pl.participant_id ORDER BY pl.placement_date,
                    CASE pl.kind WHEN 'employment' THEN 0 WHEN 'apprenticeship' THEN 1 WHEN 'self_employment' THEN 2
                        WHEN 'subsidised' THEN 3 ELSE 4 END) AS n
            FROM placements pl JOIN projects j ON j.project_id = pl.project_id
            WHERE instr(';' || j.target_kinds || ';', ';' || pl.kind || ';') > 0)
        WHERE n = 1;
        """,
        // 3: budget lines may be split by budget year (Haushaltsjahr): the key becomes (project, category, year), with
        // NULL for a plan without years. SQLite cannot change a primary key, so the table is rebuilt (rowid order and
        // the provenance columns of script 2 kept).
        """
        CREATE TABLE budget_lines_v3 (
            project_id      TEXT NOT NULL REFERENCES projects(project_id),
            cost_category   TEXT NOT NULL,
            label           TEXT NULL,
            approved_cents  INTEGER NOT NULL,
            import_run      INTEGER NOT NULL DEFAULT 0,
            import_source   INTEGER NOT NULL DEFAULT 0,
            budget_year     INTEGER NULL
        );
        INSERT INTO budget_lines_v3 (rowid, project_id, cost_category, label, approved_cents, import_run, import_source)
        SELECT rowid, project_id, cost_category, label, approved_cents, import_run, import_source FROM budget_lines ORDER BY rowid;
        DROP TABLE budget_lines;
        ALTER TABLE budget_lines_v3 RENAME TO budget_lines;
        CREATE UNIQUE INDEX ux_budget_lines_key ON budget_lines (project_id, cost_category, COALESCE(budget_year, 0));
        """,
        // 4: the audit trail (docs/audit.md). Every committed import and every report run that wrote its files is one
        // row of audit_events, numbered in the order recorded; an import's files and a run's files and form values
        // hang off it (by seq; written together in one transaction, so without foreign keys, which are the importer's
        // alone). seq is the rowid: rows are never deleted, so it only grows. These tables and import_runs are
        // append-only: triggers refuse every UPDATE and DELETE.
        $"""
        {Shared.AuditTables}
        {SchemaTables.ForEach(SchemaTables.AppendOnly, table => string.Join("\n",
            $"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;",
            $"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;"))}
        """,
        // 5 (one text for both backends, LedgerSql.Schema): submissions, closed periods with their frozen forms,
        // corrections to closed periods and purges (docs/audit.md). Only tables of its own, each created if missing; it depends on no script
        // after 3, so it runs the same wherever it stands in the list. Dates and times are ISO text on both backends; no
        // foreign keys (a purge record outlives the records it names).
        LedgerSql.Schema(identity: "INTEGER PRIMARY KEY", bigInteger: "INTEGER"),
        // 6: PostgreSQL's record tables lose their foreign keys, which its import checks itself (as this import does
        // with foreign keys off); SQLite keeps them for every other write. Nothing changes here: the script keeps the
        // two schema versions in step.
        "SELECT 1;",
        // 7: PostgreSQL's text columns compare by code point (COLLATE "C"), as SQLite's always do. Nothing changes here.
        "SELECT 1;",
    ];

    /// <summary>The scripts with the version kept in <c>PRAGMA user_version</c>, run in a deferred transaction (so a current
    /// database, even a read-only file, is only read).</summary>
    public static readonly SchemaHistory History = new(
        Scripts,
        connection => ((SqliteConnection)connection).BeginTransaction(deferred: true),
        (connection, tx) => connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: tx),
        version => $"PRAGMA user_version = {version};");

    public static int LatestVersion => History.LatestVersion;
}
