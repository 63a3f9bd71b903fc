using System.Data;
using Dapper;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>The writes of <see cref="IPeriodStore"/>, each in a transaction of its own, the same for every backend.</summary>
internal static class LedgerWriter
{
    /// <summary>How many open days a purge refusal names.</summary>
    public const int DaysShown = 3;

    /// <summary>Records <paramref name="entry"/> and commits; false when its period was closed before.</summary>
    public static bool Record(IDbConnection connection, StoreDialect dialect, PeriodEntry entry)
    {
        using var tx = connection.BeginTransaction();
        var done = Record(connection, tx, dialect, entry);
        tx.Commit();
        return done;
    }

    /// <summary>Purges as <paramref name="request"/> says and commits, unless refused or a dry run.</summary>
    /// <param name="dialect">How the record tables store their dates (the ledger's own columns are text on both).</param>
    /// <param name="rebuildSummaries">Rebuilds one project's summaries (<c>@ProjectId</c>) after its records went.</param>
    public static PurgeOutcome Purge(IDbConnection connection, StoreDialect dialect, string rebuildSummaries, PurgeRequest request)
    {
        using var tx = connection.BeginTransaction();
        var outcome = Purge(connection, tx, dialect, rebuildSummaries, request);
        if (!outcome.Refused && !request.DryRun)
        {
            tx.Commit();
        }
        return outcome;
    }

    private static bool Record(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, PeriodEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Submission is { } s)
        {
            LedgerRows.Submissions.Save(connection, tx, dialect, [s]);
        }
        if (entry.Close is not { } c)
        {
            return true;
        }
        // A period is closed once: a second close keeps the first (and its frozen forms).
        if (LedgerRows.Closed.Execute(connection, tx, dialect, LedgerRows.Closed.Insert(dialect, unlessStored: true), [c]) == 0)
        {
            return false;
        }
        LedgerRows.Frozen.Execute(connection, tx, dialect, LedgerRows.Frozen.Insert(dialect),
            entry.Frozen.Select(f => new StoredFrozenForm(c.Project, c.Period, f)));
        return true;
    }

    public static void Corrections(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, IEnumerable<Correction> corrections) =>
        LedgerRows.Corrections.Execute(connection, tx, dialect, LedgerRows.Corrections.Insert(dialect), corrections);

    private static PurgeOutcome Purge(IDbConnection connection, IDbTransaction tx, StoreDialect dialect, string rebuildSummaries,
        PurgeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Purged = """
            SELECT p.participant_id FROM participants p
            WHERE p.project_id = @ProjectId AND p.exit_date IS NOT NULL AND p.exit_date < @Before
              AND NOT EXISTS (SELECT 1 FROM placements q WHERE q.project_id = p.project_id
                AND q.participant_id = p.participant_id AND q.placement_date >= @Before)
            """;
        const string Days = $"""
            SELECT p.entry_date FROM participants p WHERE p.project_id = @ProjectId AND p.participant_id IN ({Purged})
            UNION SELECT p.exit_date FROM participants p WHERE p.project_id = @ProjectId AND p.participant_id IN ({Purged})
            UNION SELECT q.placement_date FROM placements q WHERE q.project_id = @ProjectId AND q.participant_id IN ({Purged})
            """;
        StoreArg[] parameters =
        [
            new("ProjectId", ColumnType.Text, request.Project.Value),
            new("Before", ColumnType.Date, request.Before),
        ];
        var args = dialect.Dapper(parameters);
        var closed = LedgerRows.Closed.Query(connection, tx, dialect, LedgerSql.SelectClosed, RecordMaps.ProjectArg(request.Project));
        var open = dialect.Dates(connection, tx, Days, parameters)
            .Where(d => !closed.Any(c => c.Contains(d))).Order().ToList();
        var participants = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM ({Purged}) AS x", args, tx);
        var placements = connection.ExecuteScalar<long>(
            $"SELECT COUNT(*) FROM placements q WHERE q.project_id = @ProjectId AND q.participant_id IN ({Purged})", args, tx);
        var shown = open.Take(DaysShown).ToList();
        if (open.Count > 0 && !request.Force)
        {
            return new PurgeOutcome(checked((int)participants), checked((int)placements), shown,
                PeriodMessages.PurgeOpen(request.Project, request.Before, open.Count, shown));
        }
        if (request.DryRun)
        {
            return new PurgeOutcome(checked((int)participants), checked((int)placements), shown, null);
        }
        connection.Execute($"DELETE FROM placements WHERE project_id = @ProjectId AND participant_id IN ({Purged});", args, tx);
        connection.Execute($"DELETE FROM participants WHERE project_id = @ProjectId AND participant_id IN ({Purged});", args, tx);
        connection.Execute(rebuildSummaries, new { ProjectId = request.Project.Value }, tx);
        LedgerRows.Purges.Execute(connection, tx, dialect, LedgerRows.Purges.Insert(dialect), [new PurgeRecord(request.Project,
            request.Before, request.At, request.By, checked((int)participants), checked((int)placements), open.Count > 0)]);
        return new PurgeOutcome(checked((int)participants), checked((int)placements), shown, null);
    }
}
