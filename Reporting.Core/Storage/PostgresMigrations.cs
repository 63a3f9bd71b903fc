namespace Reporting.Core.Storage;

/// <summary>Versioned schema scripts for PostgreSQL, the counterpart of <see cref="SqliteMigrations"/>: same tables,
/// keys and indexes, native types. Version N is reached by running scripts 1..N in order; the database records its
/// version in the one-row table <c>schema_version</c>. Never edit a released script: add a new one.</summary>
/// <remarks>Money is stored as BIGINT cents (exact; imports have at most two decimals), dates as DATE, flags as
/// BOOLEAN with NULL for "not known". <c>budget_lines.line_no</c> stands in for SQLite's rowid: it keeps the lines
/// in the order they were first imported.</remarks>
internal static class PostgresMigrations
{
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
            start_date              DATE NOT NULL,
            end_date                DATE NOT NULL,
            grant_cents             BIGINT NOT NULL,
            own_funds_cents         BIGINT NOT NULL,
            third_party_funds_cents BIGINT NOT NULL,
            target_placements       INTEGER NULL,
            places                  INTEGER NULL,
            target_kinds            TEXT NOT NULL
        );
        CREATE INDEX ix_projects_program ON projects(program_id);
        CREATE TABLE budget_lines (
            project_id      TEXT NOT NULL REFERENCES projects(project_id),
            cost_category   TEXT NOT NULL,
            label           TEXT NULL,
            approved_cents  BIGINT NOT NULL,
            line_no         BIGINT GENERATED ALWAYS AS IDENTITY,
            PRIMARY KEY (project_id, cost_category)
        );
        CREATE TABLE participants (
            project_id            TEXT NOT NULL REFERENCES projects(project_id),
            participant_id        TEXT NOT NULL,
            entry_date            DATE NOT NULL,
            exit_date             DATE NULL,
            exit_reason           TEXT NULL,
            gender                TEXT NULL,
            birth_year            INTEGER NULL,
            long_term_unemployed  BOOLEAN NULL,
            refugee               BOOLEAN NULL,
            severely_disabled     BOOLEAN NULL,
            PRIMARY KEY (project_id, participant_id)
        );
        CREATE TABLE placements (
            project_id      TEXT NOT NULL,
            participant_id  TEXT NOT NULL,
            placement_date  DATE NOT NULL,
            kind            TEXT NOT NULL,
            sector          TEXT NULL,
            sustained_6m    BOOLEAN NULL,
            PRIMARY KEY (project_id, participant_id, placement_date, kind),
            FOREIGN KEY (project_id, participant_id) REFERENCES participants(project_id, participant_id)
        );
        CREATE TABLE expenditures (
            project_id     TEXT NOT NULL REFERENCES projects(project_id),
            voucher_no     TEXT NOT NULL,
            payment_date   DATE NOT NULL,
            cost_category  TEXT NOT NULL,
            amount_cents   BIGINT NOT NULL,
            payee          TEXT NULL,
            description    TEXT NULL,
            PRIMARY KEY (project_id, voucher_no)
        );
        CREATE INDEX ix_expenditures_project_date ON expenditures(project_id, payment_date);
        CREATE TABLE disbursements (
            project_id     TEXT NOT NULL REFERENCES projects(project_id),
            request_no     TEXT NOT NULL,
            request_date   DATE NULL,
            received_date  DATE NULL,
            amount_cents   BIGINT NOT NULL,
            PRIMARY KEY (project_id, request_no)
        );
        CREATE INDEX ix_disbursements_project_received ON disbursements(project_id, received_date);
        """,
    ];

    public static int LatestVersion => Scripts.Count;
}
