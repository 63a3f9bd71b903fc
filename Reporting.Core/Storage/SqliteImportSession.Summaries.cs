using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The summaries of an import: daily totals change by a delta per added or changed row (entries by entry
/// date, exits by exit date, leavers by the later of entry and exit, money by payment date), accumulated per project
/// and day and written once at the end; first placements are rebuilt for the projects whose placements or target
/// kinds changed.</summary>
internal sealed partial class SqliteImportSession
{
    private readonly SummaryDeltas _deltas = new();

    private void FlushSummaries()
    {
        using (var add = new SqliteStatement(_connection, """
            INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (project_id, day) DO UPDATE SET entries = entries + excluded.entries, exits = exits + excluded.exits,
                leavers = leavers + excluded.leavers, spent_cents = spent_cents + excluded.spent_cents;
            """))
        {
            foreach (var ((project, day), delta) in _deltas.Changed)
            {
                add.Text(1, project);
                add.Date(2, day);
                add.Integer(3, delta.Entries);
                add.Integer(4, delta.Exits);
                add.Integer(5, delta.Leavers);
                add.Integer(6, delta.SpentCents);
                add.Execute();
            }
        }
        var touched = _deltas.Projects.Select(p => new { ProjectId = p });
        _connection.Execute("""
            DELETE FROM daily_totals WHERE project_id = @ProjectId AND entries = 0 AND exits = 0 AND leavers = 0 AND spent_cents = 0;
            """, touched, _tx);
        _connection.Execute(SqliteStore.RebuildFirstPlacements, _deltas.FirstPlacementsStale.Select(p => new { ProjectId = p }), _tx);
        WriteAudit();
    }
}
