namespace Reporting.Core.Storage;

/// <summary>The SQL of the tables of schema 5, the same on SQLite and PostgreSQL (their columns are text and integers
/// on both): the schema, and the queries over the column maps of <see cref="LedgerRows"/> (whose writes the maps make).
/// Per project ones take <c>@ProjectId</c>.</summary>
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

    private const string OfProject = "WHERE " + RecordMaps.OfProject;

    public static readonly string SelectSubmissions = Select(LedgerRows.Submissions, $"{OfProject} ORDER BY period_from, period_to, form");

    /// <summary>Every submission (a few per project), for the deadlines of target attainment.</summary>
    public static readonly string SelectAllSubmissions = Select(LedgerRows.Submissions, "ORDER BY project_id, period_from, period_to, form");

    public static readonly string SelectClosed = Select(LedgerRows.Closed, $"{OfProject} ORDER BY period_from, period_to");

    /// <summary>Every closed period (a few per project), for the check of an import.</summary>
    public static readonly string SelectAllClosed = Select(LedgerRows.Closed, "ORDER BY project_id, period_from, period_to");

    public static readonly string SelectFrozen = Select(LedgerRows.Frozen, OfProject);

    public static readonly string SelectCorrections = Select(LedgerRows.Corrections, $"{OfProject} ORDER BY correction_id");

    public static readonly string SelectPurges = Select(LedgerRows.Purges, $"{OfProject} ORDER BY purge_id");

    public static readonly string SelectAllPurges = Select(LedgerRows.Purges, "ORDER BY purge_id");

    /// <summary>Every column of <paramref name="map"/>'s table, then <paramref name="rest"/> (a condition, an order).</summary>
    private static string Select<T>(RecordMap<T> map, string rest) => $"SELECT {map.ColumnList()} FROM {map.Table} {rest};";
}
