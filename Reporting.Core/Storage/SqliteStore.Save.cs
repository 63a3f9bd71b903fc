
namespace Reporting.Core.Storage;

public sealed partial class SqliteStore
{
    /// <summary>Rebuilds the first placements of one project (<c>@ProjectId</c>) from its placements and target kinds.</summary>
    internal const string RebuildFirstPlacements = """
        DELETE FROM first_placements WHERE project_id = @ProjectId;
        INSERT INTO first_placements (project_id, participant_id, placement_date, sustained_6m)
        SELECT project_id, participant_id, placement_date, sustained_6m FROM (
            SELECT pl.project_id, pl.participant_id, pl.placement_date, pl.sustained_6m,
                ROW_NUMBER() OVER (PARTITION BY pl.participant_id ORDER BY pl.placement_date,
                    CASE pl.kind WHEN 'employment' THEN 0 WHEN 'apprenticeship' THEN 1 WHEN 'self_employment' THEN 2
                        WHEN 'subsidised' THEN 3 ELSE 4 END) AS n
            FROM placements pl JOIN projects j ON j.project_id = pl.project_id
            WHERE pl.project_id = @ProjectId AND instr(';' || j.target_kinds || ';', ';' || pl.kind || ';') > 0)
        WHERE n = 1;
        """;

    /// <summary>Rebuilds the summaries of one project (<c>@ProjectId</c>) from its records (see migration 2).</summary>
    internal const string RebuildSummaries = """
        DELETE FROM daily_totals WHERE project_id = @ProjectId;
        INSERT INTO daily_totals (project_id, day, entries)
            SELECT project_id, entry_date, COUNT(*) FROM participants WHERE project_id = @ProjectId GROUP BY entry_date;
        INSERT INTO daily_totals (project_id, day, exits)
            SELECT project_id, exit_date, COUNT(*) FROM participants
            WHERE project_id = @ProjectId AND exit_date IS NOT NULL GROUP BY exit_date
            ON CONFLICT (project_id, day) DO UPDATE SET exits = excluded.exits;
        INSERT INTO daily_totals (project_id, day, leavers)
            SELECT project_id, MAX(entry_date, exit_date), COUNT(*) FROM participants
            WHERE project_id = @ProjectId AND exit_date IS NOT NULL GROUP BY MAX(entry_date, exit_date)
            ON CONFLICT (project_id, day) DO UPDATE SET leavers = excluded.leavers;
        INSERT INTO daily_totals (project_id, day, spent_cents)
            SELECT project_id, payment_date, SUM(amount_cents) FROM expenditures WHERE project_id = @ProjectId GROUP BY payment_date
            ON CONFLICT (project_id, day) DO UPDATE SET spent_cents = excluded.spent_cents;
        """ + RebuildFirstPlacements;

    /// <inheritdoc />
    public void Save(ImportBatch batch)
    {
        EnsureCurrent();
        StoreWriter.Save(_connection, StoreDialect.Sqlite, RebuildSummaries, batch);
    }

    /// <inheritdoc />
    public IImportSession BeginImport()
    {
        EnsureCurrent();
        return Guard<IImportSession>(() => new SqliteImportSession(_connection, _location, TimeProvider.System.GetUtcNow()));
    }
}
