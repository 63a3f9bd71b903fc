using Dapper;

namespace Reporting.Core.Storage;

/// <summary>Versioned schema scripts for PostgreSQL, the counterpart of <see cref="SqliteMigrations"/>: same tables,
/// keys and indexes, native types. Version N is reached by running scripts 1..N in order; the database records its
/// version in the one-row table <c>schema_version</c>. Never edit a released script: add a new one.</summary>
/// <remarks>Money is stored as BIGINT cents (exact; imports have at most two decimals), dates as DATE, flags as
/// BOOLEAN with NULL for "not known", times (<c>import_runs.started_at</c>) as TIMESTAMPTZ. <c>budget_lines.line_no</c> stands in for SQLite's rowid: it keeps the lines
/// in the order they were first imported.</remarks>
internal static class PostgresMigrations
{
    private static SchemaTables Shared => SchemaTables.Postgres;

    /// <summary>Creates the version table (version 0) when missing; run before the scripts, in the same transaction.</summary>
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            single   BOOLEAN NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (single),
            version  INTEGER NOT NULL
        );
        INSERT INTO schema_version (single, version) VALUES (TRUE, 0) ON CONFLICT (single) DO NOTHING;
        """;

    public static readonly IReadOnlyList<string> Scripts =
    [
        // 1: the seven record kinds of the import contract.
        Shared.RecordTables,
        // 2: scoped reads and summaries, with the meaning of SQLite's script 2. Every record table's primary key starts
        // with project_id, so one project's records are one range of that index; the three large tables are rewritten
        // in key order once (CLUSTER, the counterpart of SQLite's WITHOUT ROWID tables), so that range is also few heap
        // pages. Every record remembers the import run and file line that last named it (import_run, import_source =
        // file ordinal * 2^32 + line; 0 for records stored before). daily_totals and first_placements are kept up to
        // date by every import and serve the target attainment of many projects without reading their records
        // (docs/storage.md).
        $"""
        {Shared.ImportRuns}
        {SchemaTables.ForEach(["programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements"],
            table => $"ALTER TABLE {table} ADD COLUMN {string.Join(",\n    ADD COLUMN ", Shared.Provenance)};")}
        CLUSTER participants USING participants_pkey;
        CLUSTER placements USING placements_pkey;
        CLUSTER expenditures USING expenditures_pkey;

        -- Per project and day: participants who entered, who left (exit_date), who are no longer active from that day
        -- on (the later of entry and exit, so that a record with an exit before its entry counts as the engine does),
        -- and the money paid out (sum of expenditures by payment_date).
        {Shared.DailyTotals}
        INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents)
        SELECT project_id, day, SUM(entries), SUM(exits), SUM(leavers), SUM(spent_cents) FROM (
            SELECT project_id, entry_date AS day, 1 AS entries, 0 AS exits, 0 AS leavers, CAST(0 AS BIGINT) AS spent_cents
            FROM participants
            UNION ALL
            SELECT project_id, exit_date, 0, 1, 0, 0 FROM participants WHERE exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, GREATEST(entry_date, exit_date), 0, 0, 1, 0 FROM participants WHERE exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, payment_date, 0, 0, 0, amount_cents FROM expenditures) AS t
        GROUP BY project_id, day;

        -- Per project and person: the placement that counts towards the target (the first of a target kind, by date
        -- then kind code order as the engine orders them), rebuilt for every project an import touches.
        {Shared.FirstPlacements}
        INSERT INTO first_placements (project_id, participant_id, placement_date, sustained_6m)
        SELECT DISTINCT ON (pl.project_id, pl.participant_id) pl.project_id, pl.participant_id, pl.placement_date, pl.sustained_6m
        FROM placements pl JOIN projects j ON j.project_id = pl.project_id
        WHERE pl.kind = ANY (string_to_array(j.target_kinds, ';'))
        ORDER BY pl.project_id, pl.participant_id, pl.placement_date,
            CASE pl.kind WHEN 'employment' THEN 0 WHEN 'apprenticeship' THEN 1 WHEN 'self_employment' THEN 2
                WHEN 'subsidised' THEN 3 ELSE 4 END;
        """,
        // 3: budget lines may be split by budget year (Haushaltsjahr): the key becomes (project, category, year), with
        // NULL for a plan without years (the same as SQLite's script 3; line_no keeps the order).
        """
        ALTER TABLE budget_lines ADD COLUMN budget_year INTEGER NULL;
        ALTER TABLE budget_lines DROP CONSTRAINT budget_lines_pkey;
        CREATE UNIQUE INDEX ux_budget_lines_key ON budget_lines (project_id, cost_category, (COALESCE(budget_year, 0)));
        """,
        // 4: the audit trail (docs/audit.md), with the meaning of SQLite's script 4. These tables and import_runs are
        // append-only: a trigger refuses every UPDATE, DELETE and TRUNCATE.
        $"""
        {Shared.AuditTables}
        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        {SchemaTables.ForEach(SchemaTables.AppendOnly, table =>
            $"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}\n    FOR EACH ROW EXECUTE FUNCTION audit_append_only();\n"
            + $"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}\n    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();")}
        """,
        // 5: the tables of SQLite's script 5 (one text, LedgerSql.Schema): submissions, closed periods with their frozen
        // forms, corrections to closed periods and purges (docs/audit.md). Only tables of its own, each created if missing; it depends on no script
        // after 3, so it runs the same wherever it stands in the list. Dates and times are ISO text on both backends; no
        // foreign keys (a purge record outlives the records it names).
        LedgerSql.Schema(identity: "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", bigInteger: "BIGINT"),
        // 6: the record tables of a project (budget lines, participants, placements, expenditures, disbursements) no
        // longer carry foreign keys, and expenditures lose their (project, payment date) index. The import is the only
        // writer and checks every reference before it writes a row (a record's project, a placement's participant), as
        // it does on SQLite, where foreign keys are off while it writes; PostgreSQL's per-row checks cost more than the
        // rest of the insert (docs/storage.md, "Why the record tables have no foreign keys"). One project's vouchers are
        // read by their primary key's project prefix. Projects keep their foreign key to programs.
        """
        DO $$
        DECLARE c record;
        BEGIN
            FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
                     WHERE contype = 'f' AND conrelid IN ('budget_lines'::regclass, 'participants'::regclass,
                         'placements'::regclass, 'expenditures'::regclass, 'disbursements'::regclass)
            LOOP
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
            END LOOP;
        END $$;
        DROP INDEX IF EXISTS ix_expenditures_project_date;
        -- What the dropped foreign keys guarded, for one project, on demand: a record whose project is not stored, or a
        -- placement whose participant is not stored, raises foreign_key_violation (used by writes other than the import).
        CREATE FUNCTION check_record_references(p TEXT) RETURNS void LANGUAGE plpgsql AS $f$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM projects WHERE project_id = p) AND (
                   EXISTS (SELECT 1 FROM budget_lines WHERE project_id = p)
                   OR EXISTS (SELECT 1 FROM participants WHERE project_id = p)
                   OR EXISTS (SELECT 1 FROM placements WHERE project_id = p)
                   OR EXISTS (SELECT 1 FROM expenditures WHERE project_id = p)
                   OR EXISTS (SELECT 1 FROM disbursements WHERE project_id = p)) THEN
                RAISE foreign_key_violation USING MESSAGE = format('records of project %s, which is not stored', p);
            END IF;
            IF EXISTS (SELECT 1 FROM placements pl WHERE pl.project_id = p AND NOT EXISTS (
                   SELECT 1 FROM participants pa WHERE pa.project_id = p AND pa.participant_id = pl.participant_id)) THEN
                RAISE foreign_key_violation USING MESSAGE = format('placements of project %s whose participant is not stored', p);
            END IF;
        END
        $f$;
        """,
        // 7: the text columns of the record and summary tables compare by code point (COLLATE "C"), as SQLite's BINARY
        // does, whatever the database's locale: keys sort alike on both backends, and the primary keys compare bytes
        // instead of calling the locale's collation per comparison (the import's inserts spent a tenth of the server's
        // time there on a C.UTF-8 database). The columns keep their type; their indexes are rebuilt.
        """
        DO $$
        DECLARE t record;
        BEGIN
            FOR t IN SELECT table_name, string_agg(format('ALTER COLUMN %I TYPE TEXT COLLATE "C"', column_name), ', ') AS alters
                     FROM information_schema.columns
                     WHERE table_schema = current_schema() AND data_type = 'text'
                       AND table_name IN ('programs', 'projects', 'budget_lines', 'participants', 'placements',
                           'expenditures', 'disbursements', 'daily_totals', 'first_placements')
                     GROUP BY table_name
            LOOP
                EXECUTE format('ALTER TABLE %I %s', t.table_name, t.alters);
            END LOOP;
        END $$;
        """,
    ];

    /// <summary>The scripts with the version kept in <c>schema_version</c> (created by <see cref="CreateVersionTable"/>
    /// before the first script), concurrent runs serialised by an advisory lock (an arbitrary fixed key).</summary>
    public static readonly SchemaHistory History = new(
        Scripts,
        connection => connection.BeginTransaction(),
        (connection, tx) => connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL;", transaction: tx)
            ? connection.ExecuteScalar<int?>("SELECT version FROM schema_version;", transaction: tx) ?? 0
            : 0,
        version => $"UPDATE schema_version SET version = {version};",
        Lock: "SELECT pg_advisory_xact_lock(4711020181);",
        Prepare: CreateVersionTable);

    public static int LatestVersion => History.LatestVersion;
}
