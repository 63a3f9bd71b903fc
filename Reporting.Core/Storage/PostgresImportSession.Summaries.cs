using Npgsql;
using NpgsqlTypes;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The summaries of an import, as the SQLite import keeps them: daily totals change by a delta per added or
/// changed row (entries by entry date, exits by exit date, leavers by the later of entry and exit, money by payment
/// date), accumulated per project and day and written in one statement at the end; first placements are rebuilt for
/// the projects whose placements or target kinds changed. The days of a project this import added are copied in.</summary>
internal sealed partial class PostgresImportSession
{
    private const string AddDailyTotals = """
        INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents)
        SELECT * FROM unnest(@p, @d, @n, @x, @l, @s)
        ON CONFLICT (project_id, day) DO UPDATE SET entries = daily_totals.entries + excluded.entries,
            exits = daily_totals.exits + excluded.exits, leavers = daily_totals.leavers + excluded.leavers,
            spent_cents = daily_totals.spent_cents + excluded.spent_cents;
        DELETE FROM daily_totals
        WHERE project_id = ANY (@touched) AND entries = 0 AND exits = 0 AND leavers = 0 AND spent_cents = 0;
        """;

    private readonly SummaryDeltas _deltas = new();

    /// <summary>Keeps the summary deltas in step with a write (<paramref name="before"/> null for a new record).</summary>
    private void Remember(object? before, object after) => _deltas.Remember(before, after);

    private void FlushSummaries()
    {
        // A project added by this import has no totals yet: its days are copied in; the others' are added up.
        var days = new List<KeyValuePair<(string Project, DateOnly Day), SummaryDeltas.DayDelta>>();
        using (var copy = new PostgresCopyWriter(_connection,
            "COPY daily_totals (project_id, day, entries, exits, leavers, spent_cents) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var day in _deltas.Changed)
            {
                if (!_newProjects.Contains(day.Key.Project))
                {
                    days.Add(day);
                    continue;
                }
                copy.StartRow(6);
                copy.Text(0, day.Key.Project);
                copy.Date(1, day.Key.Day);
                copy.Long(2, day.Value.Entries);
                copy.Long(3, day.Value.Exits);
                copy.Long(4, day.Value.Leavers);
                copy.Long(5, day.Value.SpentCents);
            }
            copy.Complete();
        }
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
        // One round trip for every project's rebuild.
        using var rebuilds = new NpgsqlBatch(_connection, _tx);
        foreach (var project in _deltas.FirstPlacementsStale)
        {
            foreach (var statement in PostgresStore.RebuildFirstPlacementsStatements)
            {
                var command = new NpgsqlBatchCommand(statement);
                command.Parameters.Add(new NpgsqlParameter("ProjectId", NpgsqlDbType.Text) { Value = project });
                rebuilds.BatchCommands.Add(command);
            }
        }
        if (rebuilds.BatchCommands.Count > 0)
        {
            rebuilds.ExecuteNonQuery();
        }
    }

    private static NpgsqlParameter Array<TValue>(string name, NpgsqlDbType type, TValue[] values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values };
}
