namespace Reporting.Core.Storage;

/// <summary>The writes of <c>submit</c>, <c>close</c> and <c>purge</c> on PostgreSQL (<see cref="LedgerWriter"/>); its
/// record dates are <c>date</c> columns, compared with a <c>date</c> and read as ISO text.</summary>
internal sealed partial class PostgresStore : IPeriodStore
{
    private static readonly LedgerDialect Ledger = new(
        "CAST(@Before AS DATE)", column => $"to_char({column}, 'YYYY-MM-DD')", RebuildSummaries);

    public bool Record(PeriodEntry entry)
    {
        EnsureCurrent();
        using var tx = _connection.BeginTransaction();
        var done = LedgerWriter.Record(_connection, tx, entry);
        tx.Commit();
        return done;
    }

    public PurgeOutcome Purge(PurgeRequest request)
    {
        EnsureCurrent();
        using var tx = _connection.BeginTransaction();
        var outcome = LedgerWriter.Purge(_connection, tx, Ledger, request);
        if (!outcome.Refused && !request.DryRun)
        {
            tx.Commit();
        }
        return outcome;
    }
}
