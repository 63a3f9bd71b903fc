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
    private sealed class DayDelta
    {
        public long Entries;
        public long Exits;
        public long Leavers;
        public long SpentCents;
    }

    private readonly Dictionary<(string Project, DateOnly Day), DayDelta> _days = [];
    private readonly HashSet<string> _firstPlacementsStale = new(StringComparer.Ordinal);

    private DayDelta Day(ProjectId project, DateOnly day)
    {
        if (!_days.TryGetValue((project.Value, day), out var delta))
        {
            delta = new DayDelta();
            _days[(project.Value, day)] = delta;
        }
        return delta;
    }

    private void Count(Participant p, int sign)
    {
        Day(p.ProjectId, p.EntryDate).Entries += sign;
        if (p.ExitDate is { } exit)
        {
            Day(p.ProjectId, exit).Exits += sign;
            Day(p.ProjectId, exit > p.EntryDate ? exit : p.EntryDate).Leavers += sign;
        }
    }

    private void Spend(Expenditure e, int sign) => Day(e.ProjectId, e.PaymentDate).SpentCents += sign * e.Amount.ToCents();

    private void FlushSummaries()
    {
        using (var add = new SqliteStatement(_connection, """
            INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (project_id, day) DO UPDATE SET entries = entries + excluded.entries, exits = exits + excluded.exits,
                leavers = leavers + excluded.leavers, spent_cents = spent_cents + excluded.spent_cents;
            """))
        {
            foreach (var ((project, day), delta) in _days)
            {
                if (delta is { Entries: 0, Exits: 0, Leavers: 0, SpentCents: 0 })
                {
                    continue;
                }
                add.Text(1, project);
                add.Date(2, day);
                add.Integer(3, delta.Entries);
                add.Integer(4, delta.Exits);
                add.Integer(5, delta.Leavers);
                add.Integer(6, delta.SpentCents);
                add.Execute();
            }
        }
        var touched = _days.Keys.Select(k => k.Project).Distinct(StringComparer.Ordinal).Select(p => new { ProjectId = p });
        _connection.Execute("""
            DELETE FROM daily_totals WHERE project_id = @ProjectId AND entries = 0 AND exits = 0 AND leavers = 0 AND spent_cents = 0;
            """, touched, _tx);
        _connection.Execute(SqliteStore.RebuildFirstPlacements, _firstPlacementsStale.Select(p => new { ProjectId = p }), _tx);
    }
}
