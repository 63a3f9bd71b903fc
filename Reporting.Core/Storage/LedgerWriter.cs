using System.Data;
using Dapper;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>How a backend differs for the writes of schema 5: how a date parameter is compared with its date columns,
/// how a date column is read as ISO text, and how one project's summaries are rebuilt.</summary>
internal sealed record LedgerDialect(string BeforeParameter, Func<string, string> DateText, string RebuildSummaries);

/// <summary>The writes of <see cref="IPeriodStore"/> inside a transaction the backend opened, the same for every backend.</summary>
internal static class LedgerWriter
{
    /// <summary>How many open days a purge refusal names.</summary>
    public const int DaysShown = 3;

    public static bool Record(IDbConnection connection, IDbTransaction tx, PeriodEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Submission is { } s)
        {
            connection.Execute(LedgerSql.UpsertSubmission, LedgerRows.SubmissionRow.From(s), tx);
        }
        if (entry.Close is not { } c)
        {
            return true;
        }
        if (connection.Execute(LedgerSql.InsertClosed, LedgerRows.ClosedRow.From(c), tx) == 0)
        {
            return false;
        }
        foreach (var f in entry.Frozen)
        {
            connection.Execute(LedgerSql.InsertFrozen, new
            {
                ProjectId = c.Project.Value, PeriodFrom = Rows.Date(c.Period.From), PeriodTo = Rows.Date(c.Period.To),
                f.Form, Published = f.Published ? 1L : 0L, f.Data,
            }, tx);
        }
        return true;
    }

    public static void Corrections(IDbConnection connection, IDbTransaction tx, IEnumerable<Correction> corrections) =>
        connection.Execute(LedgerSql.InsertCorrection, corrections.Select(LedgerRows.CorrectionRow.From), tx);

    public static PurgeOutcome Purge(IDbConnection connection, IDbTransaction tx, LedgerDialect dialect, PurgeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var purged = $"""
            SELECT p.participant_id FROM participants p
            WHERE p.project_id = @ProjectId AND p.exit_date IS NOT NULL AND p.exit_date < {dialect.BeforeParameter}
              AND NOT EXISTS (SELECT 1 FROM placements q WHERE q.project_id = p.project_id
                AND q.participant_id = p.participant_id AND q.placement_date >= {dialect.BeforeParameter})
            """;
        var days = $"""
            SELECT {dialect.DateText("p.entry_date")} FROM participants p WHERE p.project_id = @ProjectId AND p.participant_id IN ({purged})
            UNION SELECT {dialect.DateText("p.exit_date")} FROM participants p WHERE p.project_id = @ProjectId AND p.participant_id IN ({purged})
            UNION SELECT {dialect.DateText("q.placement_date")} FROM placements q WHERE q.project_id = @ProjectId AND q.participant_id IN ({purged})
            """;
        var args = new { ProjectId = request.Project.Value, Before = Rows.Date(request.Before) };
        var closed = connection.Query<LedgerRows.ClosedRow>(LedgerSql.SelectClosed, args, tx).Select(r => r.ToDomain()).ToList();
        var open = connection.Query<string>(days, args, tx).Select(Rows.Date)
            .Where(d => !closed.Any(c => c.Contains(d))).Order().ToList();
        var participants = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM ({purged}) AS x", args, tx);
        var placements = connection.ExecuteScalar<long>(
            $"SELECT COUNT(*) FROM placements q WHERE q.project_id = @ProjectId AND q.participant_id IN ({purged})", args, tx);
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
        connection.Execute($"DELETE FROM placements WHERE project_id = @ProjectId AND participant_id IN ({purged});", args, tx);
        connection.Execute($"DELETE FROM participants WHERE project_id = @ProjectId AND participant_id IN ({purged});", args, tx);
        connection.Execute(dialect.RebuildSummaries, new { ProjectId = request.Project.Value }, tx);
        connection.Execute(LedgerSql.InsertPurge, LedgerRows.PurgeRow.From(new PurgeRecord(request.Project, request.Before, request.At,
            request.By, checked((int)participants), checked((int)placements), open.Count > 0)), tx);
        return new PurgeOutcome(checked((int)participants), checked((int)placements), shown, null);
    }
}
