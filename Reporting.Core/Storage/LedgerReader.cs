using System.Data;
using Dapper;
using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Reads one project's <see cref="ProjectLedger"/> (five small indexed queries), the same on every backend.</summary>
internal static class LedgerReader
{
    public static ProjectLedger Read(IDbConnection connection, IDbTransaction? tx, ProjectId project)
    {
        var args = new { ProjectId = project.Value };
        var submissions = connection.Query<LedgerRows.SubmissionRow>(LedgerSql.SelectSubmissions, args, tx).Select(r => r.ToDomain()).ToList();
        var closed = connection.Query<LedgerRows.ClosedRow>(LedgerSql.SelectClosed, args, tx).Select(r => r.ToDomain()).ToList();
        var corrections = connection.Query<LedgerRows.CorrectionRow>(LedgerSql.SelectCorrections, args, tx).Select(r => r.ToDomain()).ToList();
        var purges = connection.Query<LedgerRows.PurgeRow>(LedgerSql.SelectPurges, args, tx).Select(r => r.ToDomain()).ToList();
        if (submissions.Count + closed.Count + corrections.Count + purges.Count == 0)
        {
            return ProjectLedger.Empty;
        }
        var frozen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in connection.Query<LedgerRows.FrozenRow>(LedgerSql.SelectFrozen, args, tx))
        {
            var period = ReportingPeriod.Between(Rows.Date(r.PeriodFrom), Rows.Date(r.PeriodTo));
            frozen[ProjectLedger.FrozenKey(r.Form, period, r.Published != 0)] = r.Data;
        }
        return new ProjectLedger(submissions, closed, corrections, purges, frozen);
    }

    /// <summary>Every submission, by project.</summary>
    public static ILookup<string, Submission> AllSubmissions(IDbConnection connection, IDbTransaction? tx) =>
        connection.Query<LedgerRows.SubmissionRow>(LedgerSql.SelectAllSubmissions, transaction: tx)
            .Select(r => r.ToDomain()).ToLookup(s => s.Project.Value, StringComparer.Ordinal);

    /// <summary>Every purge, in the order recorded.</summary>
    public static IReadOnlyList<PurgeRecord> AllPurges(IDbConnection connection, IDbTransaction? tx) =>
        connection.Query<LedgerRows.PurgeRow>(LedgerSql.SelectAllPurges, transaction: tx).Select(r => r.ToDomain()).ToList();

    /// <summary>Every closed period, by project.</summary>
    public static IReadOnlyList<ClosedPeriod> AllClosed(IDbConnection connection, IDbTransaction? tx) =>
        connection.Query<LedgerRows.ClosedRow>(LedgerSql.SelectAllClosed, transaction: tx).Select(r => r.ToDomain()).ToList();
}
