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
    ];

    public static int LatestVersion => Scripts.Count;
}
