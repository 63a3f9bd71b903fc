namespace Reporting.Core.Storage;

/// <summary>The SQL of the tables of schema 5, the same on SQLite and PostgreSQL (their columns are text and integers
/// on both). Per project ones take <c>@ProjectId</c>.</summary>
internal static class LedgerSql
{
    /// <summary>Schema script 5 of both backends: the same tables, apart from how an id is generated
    /// (<paramref name="identity"/>) and the type of an import run (<paramref name="bigInteger"/>).</summary>
    public static string Schema(string identity, string bigInteger) => $$"""
        CREATE TABLE IF NOT EXISTS submissions (
            project_id    TEXT NOT NULL,
            form          TEXT NOT NULL,
            period_label  TEXT NOT NULL,
            period_from   TEXT NOT NULL,
            period_to     TEXT NOT NULL,
            submitted_on  TEXT NOT NULL,
            recorded_at   TEXT NOT NULL,
            recorded_by   TEXT NOT NULL,
            PRIMARY KEY (project_id, form, period_from, period_to)
        );
        CREATE TABLE IF NOT EXISTS closed_periods (
            project_id    TEXT NOT NULL,
            period_label  TEXT NOT NULL,
            period_from   TEXT NOT NULL,
            period_to     TEXT NOT NULL,
            as_of         TEXT NOT NULL,
            closed_at     TEXT NOT NULL,
            closed_by     TEXT NOT NULL,
            PRIMARY KEY (project_id, period_from, period_to)
        );
        CREATE TABLE IF NOT EXISTS frozen_forms (
            project_id    TEXT NOT NULL,
            period_from   TEXT NOT NULL,
            period_to     TEXT NOT NULL,
            form          TEXT NOT NULL,
            published     INTEGER NOT NULL,
            data          TEXT NOT NULL,
            PRIMARY KEY (project_id, period_from, period_to, form, published)
        );
        CREATE TABLE IF NOT EXISTS corrections (
            correction_id {{identity}},
            import_run    {{bigInteger}} NOT NULL,
            project_id    TEXT NOT NULL,
            record_kind   TEXT NOT NULL,
            record_key    TEXT NOT NULL,
            record_date   TEXT NOT NULL,
            period_label  TEXT NOT NULL,
            period_from   TEXT NOT NULL,
            period_to     TEXT NOT NULL,
            field         TEXT NOT NULL,
            before_value  TEXT NULL,
            after_value   TEXT NULL,
            reason        TEXT NOT NULL,
            corrected_at  TEXT NOT NULL,
            corrected_by  TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_corrections_project ON corrections (project_id, correction_id);
        CREATE TABLE IF NOT EXISTS purges (
            purge_id      {{identity}},
            project_id    TEXT NOT NULL,
            before_date   TEXT NOT NULL,
            purged_at     TEXT NOT NULL,
            purged_by     TEXT NOT NULL,
            participants  INTEGER NOT NULL,
            placements    INTEGER NOT NULL,
            forced        INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_purges_project ON purges (project_id, purge_id);
        """;

    public const string SelectSubmissions = """
        SELECT project_id AS ProjectId, form AS Form, period_label AS PeriodLabel, period_from AS PeriodFrom,
            period_to AS PeriodTo, submitted_on AS SubmittedOn, recorded_at AS RecordedAt, recorded_by AS RecordedBy
        FROM submissions WHERE project_id = @ProjectId ORDER BY period_from, period_to, form;
        """;

    /// <summary>Every submission (a few per project), for the deadlines of target attainment.</summary>
    public const string SelectAllSubmissions = """
        SELECT project_id AS ProjectId, form AS Form, period_label AS PeriodLabel, period_from AS PeriodFrom,
            period_to AS PeriodTo, submitted_on AS SubmittedOn, recorded_at AS RecordedAt, recorded_by AS RecordedBy
        FROM submissions ORDER BY project_id, period_from, period_to, form;
        """;

    public const string SelectClosed = """
        SELECT project_id AS ProjectId, period_label AS PeriodLabel, period_from AS PeriodFrom, period_to AS PeriodTo,
            as_of AS AsOf, closed_at AS ClosedAt, closed_by AS ClosedBy
        FROM closed_periods WHERE project_id = @ProjectId ORDER BY period_from, period_to;
        """;

    /// <summary>Every closed period (a few per project), for the check of an import.</summary>
    public const string SelectAllPurges = """
        SELECT project_id AS ProjectId, before_date AS BeforeDate, purged_at AS PurgedAt, purged_by AS PurgedBy,
            participants AS Participants, placements AS Placements, forced AS Forced
        FROM purges ORDER BY purge_id;
        """;

    public const string SelectAllClosed = """
        SELECT project_id AS ProjectId, period_label AS PeriodLabel, period_from AS PeriodFrom, period_to AS PeriodTo,
            as_of AS AsOf, closed_at AS ClosedAt, closed_by AS ClosedBy
        FROM closed_periods ORDER BY project_id, period_from, period_to;
        """;

    public const string SelectFrozen = """
        SELECT project_id AS ProjectId, period_from AS PeriodFrom, period_to AS PeriodTo, form AS Form, published AS Published, data AS Data
        FROM frozen_forms WHERE project_id = @ProjectId;
        """;

    public const string SelectCorrections = """
        SELECT import_run AS ImportRun, project_id AS ProjectId, record_kind AS RecordKind, record_key AS RecordKey,
            record_date AS RecordDate, period_label AS PeriodLabel, period_from AS PeriodFrom, period_to AS PeriodTo,
            field AS Field, before_value AS BeforeValue, after_value AS AfterValue, reason AS Reason,
            corrected_at AS CorrectedAt, corrected_by AS CorrectedBy
        FROM corrections WHERE project_id = @ProjectId ORDER BY correction_id;
        """;

    public const string SelectPurges = """
        SELECT project_id AS ProjectId, before_date AS BeforeDate, purged_at AS PurgedAt, purged_by AS PurgedBy,
            participants AS Participants, placements AS Placements, forced AS Forced
        FROM purges WHERE project_id = @ProjectId ORDER BY purge_id;
        """;

    public const string UpsertSubmission = """
        INSERT INTO submissions (project_id, form, period_label, period_from, period_to, submitted_on, recorded_at, recorded_by)
        VALUES (@ProjectId, @Form, @PeriodLabel, @PeriodFrom, @PeriodTo, @SubmittedOn, @RecordedAt, @RecordedBy)
        ON CONFLICT (project_id, form, period_from, period_to) DO UPDATE SET period_label = excluded.period_label,
            submitted_on = excluded.submitted_on, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by;
        """;

    /// <summary>Closes a period once: a second close keeps the first (and its frozen forms).</summary>
    public const string InsertClosed = """
        INSERT INTO closed_periods (project_id, period_label, period_from, period_to, as_of, closed_at, closed_by)
        VALUES (@ProjectId, @PeriodLabel, @PeriodFrom, @PeriodTo, @AsOf, @ClosedAt, @ClosedBy)
        ON CONFLICT (project_id, period_from, period_to) DO NOTHING;
        """;

    public const string InsertFrozen = """
        INSERT INTO frozen_forms (project_id, period_from, period_to, form, published, data)
        VALUES (@ProjectId, @PeriodFrom, @PeriodTo, @Form, @Published, @Data);
        """;

    public const string InsertCorrection = """
        INSERT INTO corrections (import_run, project_id, record_kind, record_key, record_date, period_label, period_from,
            period_to, field, before_value, after_value, reason, corrected_at, corrected_by)
        VALUES (@ImportRun, @ProjectId, @RecordKind, @RecordKey, @RecordDate, @PeriodLabel, @PeriodFrom, @PeriodTo,
            @Field, @BeforeValue, @AfterValue, @Reason, @CorrectedAt, @CorrectedBy);
        """;

    public const string InsertPurge = """
        INSERT INTO purges (project_id, before_date, purged_at, purged_by, participants, placements, forced)
        VALUES (@ProjectId, @BeforeDate, @PurgedAt, @PurgedBy, @Participants, @Placements, @Forced);
        """;
}
