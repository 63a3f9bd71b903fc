namespace Reporting.Core.Storage;

/// <summary>The SELECTs an <see cref="IStoreReader"/> is answered with, made once per backend from the
/// <see cref="RecordMaps"/> and its <see cref="StoreDialect"/>. The per-project ones take <c>@ProjectId</c>, the tallies
/// <c>@AsOf</c>, a date bound as the dialect binds dates. The tallies read the summaries of schema script 2 up to the
/// end of each project's period, the smaller of <c>@AsOf</c> and its end date.</summary>
internal sealed class StoreReadQueries(StoreDialect dialect)
{
    public StoreDialect Dialect { get; } = dialect;

    public string Programs { get; } = RecordMaps.Programs.Select(dialect);

    public string Projects { get; } = RecordMaps.Projects.Select(dialect);

    public string BudgetLines { get; } = RecordMaps.BudgetLines.Select(dialect, RecordMaps.OfProject);

    public string Participants { get; } = RecordMaps.Participants.Select(dialect, RecordMaps.OfProject);

    public string Placements { get; } = RecordMaps.Placements.Select(dialect, RecordMaps.OfProject);

    public string Expenditures { get; } = RecordMaps.Expenditures.Select(dialect, RecordMaps.OfProject);

    public string Disbursements { get; } = RecordMaps.Disbursements.Select(dialect, RecordMaps.OfProject);

    // SUM over BIGINT is NUMERIC in PostgreSQL, hence the casts back to BIGINT (which SQLite reads as INTEGER).
    public string TallyDays { get; } = $"""
        SELECT j.project_id AS ProjectId,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.entries ELSE 0 END), 0) AS BIGINT) AS Entries,
               CAST(COALESCE(SUM(d.entries), 0) AS BIGINT) AS EntriesCumulative,
               CAST(COALESCE(SUM(d.leavers), 0) AS BIGINT) AS Leavers,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.exits ELSE 0 END), 0) AS BIGINT) AS Exits,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.spent_cents ELSE 0 END), 0) AS BIGINT) AS SpentCents,
               CAST(COALESCE(SUM(d.spent_cents), 0) AS BIGINT) AS SpentCumulativeCents
        FROM projects j JOIN daily_totals d ON d.project_id = j.project_id AND d.day <= {dialect.Least("@AsOf", "j.end_date")}
        WHERE j.start_date <= @AsOf
        GROUP BY j.project_id;
        """;

    // A flag is true where it is 1 (SQLite) or TRUE (PostgreSQL) and false where 0, FALSE or NULL, in a CASE of both.
    public string TallyPlacements { get; } = $"""
        SELECT j.project_id AS ProjectId,
               SUM(CASE WHEN f.placement_date >= j.start_date THEN 1 ELSE 0 END) AS Placements,
               COUNT(*) AS PlacementsCumulative,
               SUM(CASE WHEN f.sustained_6m THEN 1 ELSE 0 END) AS Sustained
        FROM projects j JOIN first_placements f ON f.project_id = j.project_id
            AND f.placement_date <= {dialect.Least("@AsOf", "j.end_date")}
        WHERE j.start_date <= @AsOf
        GROUP BY j.project_id;
        """;

    /// <summary>The received disbursements up to each project's end, as <see cref="RecordMaps.Received"/> reads them.</summary>
    public string TallyDisbursements { get; } = $"""
        SELECT {RecordMaps.Received.ColumnList("d")}
        FROM disbursements d JOIN projects j ON j.project_id = d.project_id
        WHERE d.received_date IS NOT NULL AND d.received_date <= {dialect.Least("@AsOf", "j.end_date")};
        """;

    /// <summary>One row of the seven record counts, in <see cref="RecordKind"/> order.</summary>
    public string CountAll { get; } = "SELECT " + string.Join(", ", new[]
    {
        RecordMaps.Programs.Table, RecordMaps.Projects.Table, RecordMaps.BudgetLines.Table, RecordMaps.Participants.Table,
        RecordMaps.Placements.Table, RecordMaps.Expenditures.Table, RecordMaps.Disbursements.Table,
    }.Select(t => $"(SELECT COUNT(*) FROM {t})")) + ";";
}
