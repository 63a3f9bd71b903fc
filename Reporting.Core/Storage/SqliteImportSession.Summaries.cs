using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The summaries of an import: daily totals change by a delta per added or changed row (entries by entry
/// date, exits by exit date, leavers by the later of entry and exit, money by payment date), accumulated per project
/// and day and added to the stored totals on the writer's queue when the writes move on to another project (the rest at
/// the end); first placements are rebuilt for the projects whose placements or target kinds changed.</summary>
internal sealed partial class SqliteImportSession
{
    private readonly SummaryDeltas _deltas = new(handOver: true);

    /// <summary>Adds the delta of <paramref name="rows"/> days to the stored totals.</summary>
    private static string AddTotalsSql(int rows) =>
        "INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents) VALUES "
        + SqliteInsertQueue.Target.Values("(?1, ?2, ?3, ?4, ?5, ?6)", 6, rows) + """

        ON CONFLICT (project_id, day) DO UPDATE SET entries = entries + excluded.entries, exits = exits + excluded.exits,
            leavers = leavers + excluded.leavers, spent_cents = spent_cents + excluded.spent_cents;
        """;

    /// <summary>Adds a day's delta to the stored totals (prepared with the session, before the queue writes).</summary>
    private readonly SqliteInsertQueue.Target _addTotals;

    /// <summary>Hands the parameters of <see cref="AddTotalsSql"/> for one day to a sink.</summary>
    private static readonly Action<IColumnSink, KeyValuePair<(string Project, DateOnly Day), SummaryDeltas.DayDelta>> BindTotals =
        static (sink, day) =>
        {
            var ((project, date), delta) = day;
            sink.Text(1, project);
            sink.Date(2, date);
            sink.Long(3, delta.Entries);
            sink.Long(4, delta.Exits);
            sink.Long(5, delta.Leavers);
            sink.Long(6, delta.SpentCents);
        };

    /// <summary>Queues the totals of the projects the writes have moved away from.</summary>
    private void QueueLeftTotals()
    {
        foreach (var day in _deltas.TakeLeft())
        {
            _queue.Add(_addTotals, day, BindTotals);
        }
    }

    private void FlushSummaries()
    {
        foreach (var day in _deltas.Changed)
        {
            BindTotals(_addTotals.Single, day);
            _addTotals.Single.Execute();
        }
        var touched = _deltas.Projects.Select(p => new { ProjectId = p });
        _connection.Execute("""
            DELETE FROM daily_totals WHERE project_id = @ProjectId AND entries = 0 AND exits = 0 AND leavers = 0 AND spent_cents = 0;
            """, touched, _tx);
        _connection.Execute(SqliteStore.RebuildFirstPlacements, _deltas.FirstPlacementsStale.Select(p => new { ProjectId = p }), _tx);
        WriteAudit();
    }
}
