using Dapper;
using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>Versioned schema scripts. Version N is reached by running scripts 1..N in order; the database
/// records its version in <c>PRAGMA user_version</c>. Never edit a released script: add a new one.</summary>
/// <remarks>Money is stored as INTEGER cents (exact; imports have at most two decimals), dates as ISO TEXT,
/// flags as INTEGER 0/1 with NULL for "not known".</remarks>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<string> Scripts =
    [
        // 1: the seven record kinds of the import contract.
        """
        CREATE TABLE programs (
            program_id   TEXT NOT NULL PRIMARY KEY,
            name         TEXT NOT NULL,
            funder       TEXT NULL,
            legal_basis  TEXT NULL
        );
        CREATE TABLE projects (
            project_id              TEXT NOT NULL PRIMARY KEY,
            program_id              TEXT NOT NULL REFERENCES programs(program_id),
            name                    TEXT NOT NULL,
            recipient               TEXT NULL,
            region                  TEXT NULL,
            start_date              TEXT NOT NULL,
            end_date                TEXT NOT NULL,
            grant_cents             INTEGER NOT NULL,
            own_funds_cents         INTEGER NOT NULL,
            third_party_funds_cents INTEGER NOT NULL,
            target_placements       INTEGER NULL,
            places                  INTEGER NULL,
            target_kinds            TEXT NOT NULL
        );
        CREATE INDEX ix_projects_program ON projects(program_id);
        CREATE TABLE budget_lines (
            project_id      TEXT NOT NULL REFERENCES projects(project_id),
            cost_category   TEXT NOT NULL,
            label           TEXT NULL,
            approved_cents  INTEGER NOT NULL,
            PRIMARY KEY (project_id, cost_category)
        );
        CREATE TABLE participants (
            project_id            TEXT NOT NULL REFERENCES projects(project_id),
            participant_id        TEXT NOT NULL,
            entry_date            TEXT NOT NULL,
            exit_date             TEXT NULL,
            exit_reason           TEXT NULL,
            gender                TEXT NULL,
            birth_year            INTEGER NULL,
            long_term_unemployed  INTEGER NULL,
            refugee               INTEGER NULL,
            severely_disabled     INTEGER NULL,
            PRIMARY KEY (project_id, participant_id)
        );
        CREATE TABLE placements (
            project_id      TEXT NOT NULL,
            participant_id  TEXT NOT NULL,
            placement_date  TEXT NOT NULL,
            kind            TEXT NOT NULL,
            sector          TEXT NULL,
            sustained_6m    INTEGER NULL,
            PRIMARY KEY (project_id, participant_id, placement_date, kind),
            FOREIGN KEY (project_id, participant_id) REFERENCES participants(project_id, participant_id)
        );
        CREATE TABLE expenditures (
            project_id     TEXT NOT NULL REFERENCES projects(project_id),
            voucher_no     TEXT NOT NULL,
            payment_date   TEXT NOT NULL,
            cost_category  TEXT NOT NULL,
            amount_cents   INTEGER NOT NULL,
            payee          TEXT NULL,
            description    TEXT NULL,
            PRIMARY KEY (project_id, voucher_no)
        );
        CREATE INDEX ix_expenditures_project_date ON expenditures(project_id, payment_date);
        CREATE TABLE disbursements (
            project_id     TEXT NOT NULL REFERENCES projects(project_id),
            request_no     TEXT NOT NULL,
            request_date   TEXT NULL,
            received_date  TEXT NULL,
            amount_cents   INTEGER NOT NULL,
            PRIMARY KEY (project_id, request_no)
        );
        CREATE INDEX ix_disbursements_project_received ON disbursements(project_id, received_date);
        """,
        // 2: scoped reads and summaries. The large tables become clustered on their keys (WITHOUT ROWID), so one
        // project's records are one range of one b-tree and an import writes one b-tree per row. Every record
        // remembers the import run and file line that last named it (import_run, import_source = file ordinal
        // * 2^32 + line). daily_totals and first_placements are kept up to date by every import and serve the
        // target attainment of many projects without reading their records (docs/storage.md).
        """
        CREATE TABLE import_runs (
            run_id      INTEGER NOT NULL PRIMARY KEY,
            started_at  TEXT NOT NULL
        );
        CREATE TABLE participants_v2 (
            project_id            TEXT NOT NULL REFERENCES projects(project_id),
            participant_id        TEXT NOT NULL,
            entry_date            TEXT NOT NULL,
            exit_date             TEXT NULL,
            exit_reason           TEXT NULL,
            gender                TEXT NULL,
            birth_year            INTEGER NULL,
            long_term_unemployed  INTEGER NULL,
            refugee               INTEGER NULL,
            severely_disabled     INTEGER NULL,
            import_run            INTEGER NOT NULL DEFAULT 0,
            import_source         INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (project_id, participant_id)
        ) WITHOUT ROWID;
        INSERT INTO participants_v2 (project_id, participant_id, entry_date, exit_date, exit_reason, gender, birth_year,
            long_term_unemployed, refugee, severely_disabled)
        SELECT project_id, participant_id, entry_date, exit_date, exit_reason, gender, birth_year,
            long_term_unemployed, refugee, severely_disabled FROM participants;
        CREATE TABLE placements_v2 (
            project_id      TEXT NOT NULL,
            participant_id  TEXT NOT NULL,
            placement_date  TEXT NOT NULL,
            kind            TEXT NOT NULL,
            sector          TEXT NULL,
            sustained_6m    INTEGER NULL,
            import_run      INTEGER NOT NULL DEFAULT 0,
            import_source   INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (project_id, participant_id, placement_date, kind),
            FOREIGN KEY (project_id, participant_id) REFERENCES participants_v2(project_id, participant_id)
        ) WITHOUT ROWID;
        INSERT INTO placements_v2 (project_id, participant_id, placement_date, kind, sector, sustained_6m)
        SELECT project_id, participant_id, placement_date, kind, sector, sustained_6m FROM placements;
        CREATE TABLE expenditures_v2 (
            project_id     TEXT NOT NULL REFERENCES projects(project_id),
            voucher_no     TEXT NOT NULL,
            payment_date   TEXT NOT NULL,
            cost_category  TEXT NOT NULL,
            amount_cents   INTEGER NOT NULL,
            payee          TEXT NULL,
            description    TEXT NULL,
            import_run     INTEGER NOT NULL DEFAULT 0,
            import_source  INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (project_id, voucher_no)
        ) WITHOUT ROWID;
        INSERT INTO expenditures_v2 (project_id, voucher_no, payment_date, cost_category, amount_cents, payee, description)
        SELECT project_id, voucher_no, payment_date, cost_category, amount_cents, payee, description FROM expenditures;
        DROP TABLE placements;
        DROP TABLE participants;
        DROP TABLE expenditures;
        ALTER TABLE participants_v2 RENAME TO participants;
        ALTER TABLE placements_v2 RENAME TO placements;
        ALTER TABLE expenditures_v2 RENAME TO expenditures;
        ALTER TABLE programs ADD COLUMN import_run INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE programs ADD COLUMN import_source INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE projects ADD COLUMN import_run INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE projects ADD COLUMN import_source INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE budget_lines ADD COLUMN import_run INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE budget_lines ADD COLUMN import_source INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE disbursements ADD COLUMN import_run INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE disbursements ADD COLUMN import_source INTEGER NOT NULL DEFAULT 0;

        -- Per project and day: participants who entered, who left (exit_date), who are no longer active from that day
        -- on (the later of entry and exit, so that a record with an exit before its entry counts as the engine does),
        -- and the money paid out (Σ expenditures by payment_date).
        CREATE TABLE daily_totals (
            project_id   TEXT NOT NULL,
            day          TEXT NOT NULL,
            entries      INTEGER NOT NULL DEFAULT 0,
            exits        INTEGER NOT NULL DEFAULT 0,
            leavers      INTEGER NOT NULL DEFAULT 0,
            spent_cents  INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (project_id, day)
        ) WITHOUT ROWID;
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
        CREATE TABLE first_placements (
            project_id      TEXT NOT NULL,
            participant_id  TEXT NOT NULL,
            placement_date  TEXT NOT NULL,
            sustained_6m    INTEGER NULL,
            PRIMARY KEY (project_id, participant_id)
        ) WITHOUT ROWID;
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
        """
        CREATE TABLE audit_events (
            seq           INTEGER NOT NULL PRIMARY KEY,
            kind          TEXT NOT NULL CHECK (kind IN ('import', 'report', 'batch', 'demo')),
            recorded_at   TEXT NOT NULL,
            os_user       TEXT NOT NULL,
            tool_version  TEXT NOT NULL,
            import_run    INTEGER NULL,
            run_id        TEXT NULL,
            form          TEXT NULL,
            scope         TEXT NULL,
            period        TEXT NULL,
            options       TEXT NULL,
            input_hash    TEXT NULL,
            projects      TEXT NULL
        );
        CREATE INDEX ix_audit_events_run ON audit_events(run_id);
        CREATE TABLE audit_import_files (
            seq        INTEGER NOT NULL,
            ordinal    INTEGER NOT NULL,
            name       TEXT NOT NULL,
            kind       TEXT NULL,
            sha256     TEXT NOT NULL,
            row_count  INTEGER NOT NULL,
            added      INTEGER NOT NULL,
            changed    INTEGER NOT NULL,
            unchanged  INTEGER NOT NULL,
            projects   TEXT NOT NULL,
            PRIMARY KEY (seq, ordinal)
        );
        CREATE TABLE audit_report_files (
            seq       INTEGER NOT NULL,
            ordinal   INTEGER NOT NULL,
            form_key  TEXT NOT NULL,
            format    TEXT NOT NULL,
            path      TEXT NOT NULL,
            sha256    TEXT NOT NULL,
            PRIMARY KEY (seq, ordinal)
        );
        CREATE INDEX ix_audit_report_files_sha ON audit_report_files(sha256);
        CREATE TABLE audit_report_values (
            seq       INTEGER NOT NULL,
            form_key  TEXT NOT NULL,
            vals      BLOB NOT NULL,
            PRIMARY KEY (seq, form_key)
        );
        CREATE TRIGGER import_runs_no_update BEFORE UPDATE ON import_runs BEGIN SELECT RAISE(ABORT, 'import_runs is append-only'); END;
        CREATE TRIGGER import_runs_no_delete BEFORE DELETE ON import_runs BEGIN SELECT RAISE(ABORT, 'import_runs is append-only'); END;
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
        CREATE TRIGGER audit_import_files_no_update BEFORE UPDATE ON audit_import_files BEGIN SELECT RAISE(ABORT, 'audit_import_files is append-only'); END;
        CREATE TRIGGER audit_import_files_no_delete BEFORE DELETE ON audit_import_files BEGIN SELECT RAISE(ABORT, 'audit_import_files is append-only'); END;
        CREATE TRIGGER audit_report_files_no_update BEFORE UPDATE ON audit_report_files BEGIN SELECT RAISE(ABORT, 'audit_report_files is append-only'); END;
        CREATE TRIGGER audit_report_files_no_delete BEFORE DELETE ON audit_report_files BEGIN SELECT RAISE(ABORT, 'audit_report_files is append-only'); END;
        CREATE TRIGGER audit_report_values_no_update BEFORE UPDATE ON audit_report_values BEGIN SELECT RAISE(ABORT, 'audit_report_values is append-only'); END;
        CREATE TRIGGER audit_report_values_no_delete BEFORE DELETE ON audit_report_values BEGIN SELECT RAISE(ABORT, 'audit_report_values is append-only'); END;
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
