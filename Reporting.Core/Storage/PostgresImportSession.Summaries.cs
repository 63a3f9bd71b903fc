using Npgsql;
using NpgsqlTypes;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The summaries of an import, as the SQLite import keeps them: daily totals change by a delta per added or
/// changed row (entries by entry date, exits by exit date, leavers by the later of entry and exit, money by payment
/// date), accumulated per project and day and written in one statement at the end; first placements are rebuilt for
/// the projects whose placements or target kinds changed.</summary>
internal sealed partial class PostgresImportSession
{
    private sealed class DayDelta
    {
        public long Entries;
        public long Exits;
        public long Leavers;
        public long SpentCents;
    }

    private const string AddDailyTotals = """
        INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents)
        SELECT * FROM unnest(@p, @d, @n, @x, @l, @s)
        ON CONFLICT (project_id, day) DO UPDATE SET entries = daily_totals.entries + excluded.entries,
            exits = daily_totals.exits + excluded.exits, leavers = daily_totals.leavers + excluded.leavers,
            spent_cents = daily_totals.spent_cents + excluded.spent_cents;
        DELETE FROM daily_totals
        WHERE project_id = ANY (@touched) AND entries = 0 AND exits = 0 AND leavers = 0 AND spent_cents = 0;
        """;

    private readonly Dictionary<(string Project, DateOnly Day), DayDelta> _days = [];
    private readonly HashSet<string> _firstPlacementsStale = new(StringComparer.Ordinal);

    /// <summary>Keeps the summary deltas in step with a write (<paramref name="before"/> null for a new record).</summary>
    private void Remember(object? before, object after)
    {
        switch (after)
        {
            case Project p when before is Project old && !old.TargetKinds.SetEquals(p.TargetKinds):
                _firstPlacementsStale.Add(p.Id.Value);
                break;
            case Participant p:
                if (before is Participant was)
                {
                    Count(was, -1);
                }
                Count(p, +1);
                break;
            case Placement p:
                _firstPlacementsStale.Add(p.ProjectId.Value);
                break;
            case Expenditure e:
                if (before is Expenditure paid)
                {
                    Spend(paid, -1);
                }
                Spend(e, +1);
                break;
        }
    }

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
        var days = _days.Where(d => d.Value is not { Entries: 0, Exits: 0, Leavers: 0, SpentCents: 0 }).ToList();
        if (days.Count > 0)
        {
            using var add = new NpgsqlCommand(AddDailyTotals, _connection, _tx);
            add.Parameters.Add(Array("p", NpgsqlDbType.Text, days.Select(d => d.Key.Project).ToArray()));
            add.Parameters.Add(Array("d", NpgsqlDbType.Date, days.Select(d => d.Key.Day).ToArray()));
            add.Parameters.Add(Array("n", NpgsqlDbType.Bigint, days.Select(d => d.Value.Entries).ToArray()));
            add.Parameters.Add(Array("x", NpgsqlDbType.Bigint, days.Select(d => d.Value.Exits).ToArray()));
            add.Parameters.Add(Array("l", NpgsqlDbType.Bigint, days.Select(d => d.Value.Leavers).ToArray()));
            add.Parameters.Add(Array("s", NpgsqlDbType.Bigint, days.Select(d => d.Value.SpentCents).ToArray()));
            add.Parameters.Add(Array("touched", NpgsqlDbType.Text, days.Select(d => d.Key.Project).Distinct(StringComparer.Ordinal).ToArray()));
            add.ExecuteNonQuery();
        }
        foreach (var project in _firstPlacementsStale)
        {
            using var rebuild = new NpgsqlCommand(PostgresStore.RebuildFirstPlacements, _connection, _tx);
            rebuild.Parameters.Add(new NpgsqlParameter("ProjectId", NpgsqlDbType.Text) { Value = project });
            rebuild.ExecuteNonQuery();
        }
    }

    private static NpgsqlParameter Array<TValue>(string name, NpgsqlDbType type, TValue[] values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values };
}
