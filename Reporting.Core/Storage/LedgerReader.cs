using System.Data;
using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Reads one project's <see cref="ProjectLedger"/> (five small indexed queries), the same on every backend.</summary>
internal static class LedgerReader
{
    public static ProjectLedger Read(IDbConnection connection, IDbTransaction? tx, StoreDialect dialect, ProjectId project)
    {
        var of = RecordMaps.ProjectArg(project);
        var submissions = LedgerRows.Submissions.Query(connection, tx, dialect, LedgerSql.SelectSubmissions, of);
        var closed = LedgerRows.Closed.Query(connection, tx, dialect, LedgerSql.SelectClosed, of);
        var corrections = LedgerRows.Corrections.Query(connection, tx, dialect, LedgerSql.SelectCorrections, of);
        var purges = LedgerRows.Purges.Query(connection, tx, dialect, LedgerSql.SelectPurges, of);
        if (submissions.Count + closed.Count + corrections.Count + purges.Count == 0)
        {
            return ProjectLedger.Empty;
        }
        var frozen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in LedgerRows.Frozen.Query(connection, tx, dialect, LedgerSql.SelectFrozen, of))
        {
            frozen[ProjectLedger.FrozenKey(f.Data.Form, f.Period, f.Data.Published)] = f.Data.Data;
        }
        return new ProjectLedger(submissions, closed, corrections, purges, frozen);
    }

    /// <summary>Every submission, by project.</summary>
    public static ILookup<string, Submission> AllSubmissions(IDbConnection connection, IDbTransaction? tx, StoreDialect dialect) =>
        LedgerRows.Submissions.Query(connection, tx, dialect, LedgerSql.SelectAllSubmissions)
            .ToLookup(s => s.Project.Value, StringComparer.Ordinal);

    /// <summary>Every purge, in the order recorded.</summary>
    public static IReadOnlyList<PurgeRecord> AllPurges(IDbConnection connection, IDbTransaction? tx, StoreDialect dialect) =>
        LedgerRows.Purges.Query(connection, tx, dialect, LedgerSql.SelectAllPurges);

    /// <summary>Every closed period, by project.</summary>
    public static IReadOnlyList<ClosedPeriod> AllClosed(IDbConnection connection, IDbTransaction? tx, StoreDialect dialect) =>
        LedgerRows.Closed.Query(connection, tx, dialect, LedgerSql.SelectAllClosed);
}
