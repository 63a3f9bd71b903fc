namespace Reporting.Core.Storage;

internal sealed partial class PostgresStore
{
    /// <summary>Rebuilds the summaries of one project (<c>@ProjectId</c>) from its records (see migration 2).</summary>
    internal const string RebuildSummaries = RebuildDailyTotals + RebuildFirstPlacements;

    /// <summary>Rebuilds the daily totals of one project (<c>@ProjectId</c>) from its records.</summary>
    internal const string RebuildDailyTotals = """
        DELETE FROM daily_totals WHERE project_id = @ProjectId;
        INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents)
        SELECT project_id, day, SUM(entries), SUM(exits), SUM(leavers), SUM(spent_cents) FROM (
            SELECT project_id, entry_date AS day, 1 AS entries, 0 AS exits, 0 AS leavers, CAST(0 AS BIGINT) AS spent_cents
            FROM participants WHERE project_id = @ProjectId
            UNION ALL
            SELECT project_id, exit_date, 0, 1, 0, 0 FROM participants WHERE project_id = @ProjectId AND exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, GREATEST(entry_date, exit_date), 0, 0, 1, 0 FROM participants
            WHERE project_id = @ProjectId AND exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, payment_date, 0, 0, 0, amount_cents FROM expenditures WHERE project_id = @ProjectId) AS t
        GROUP BY project_id, day;

        """;

    /// <summary>Rebuilds the first placements of one project (<c>@ProjectId</c>) from its placements and target kinds.</summary>
    /// <summary>The statements of <see cref="RebuildFirstPlacements"/> one by one (a batch command holds one; each
    /// ends a line with its semicolon).</summary>
    internal static readonly string[] RebuildFirstPlacementsStatements =
        RebuildFirstPlacements.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(';') + ";").ToArray();

    internal const string RebuildFirstPlacements = """
        DELETE FROM first_placements WHERE project_id = @ProjectId;
        INSERT INTO first_placements (project_id, participant_id, placement_date, sustained_6m)
        SELECT DISTINCT ON (pl.participant_id) pl.project_id, pl.participant_id, pl.placement_date, pl.sustained_6m
        FROM placements pl JOIN projects j ON j.project_id = pl.project_id
        WHERE pl.project_id = @ProjectId AND pl.kind = ANY (string_to_array(j.target_kinds, ';'))
        ORDER BY pl.participant_id, pl.placement_date,
            CASE pl.kind WHEN 'employment' THEN 0 WHEN 'apprenticeship' THEN 1 WHEN 'self_employment' THEN 2
                WHEN 'subsidised' THEN 3 ELSE 4 END;
        """;

    // A batch saved here meets the checks of the foreign keys the record tables no longer have (migration 6).
    private const string AfterSave = "SELECT check_record_references(@ProjectId);" + RebuildSummaries;

    /// <inheritdoc />
    public void Save(ImportBatch batch)
    {
        EnsureCurrent();
        StoreWriter.Save(_connection, StoreDialect.Postgres, AfterSave, batch);
    }

    /// <inheritdoc />
    /// <remarks>Rows are copied into staging tables and merged per file (<see cref="PostgresImportSession"/>).</remarks>
    public IImportSession BeginImport()
    {
        EnsureCurrent();
        return new PostgresImportSession(_connection, TimeProvider.System.GetUtcNow());
    }
}
