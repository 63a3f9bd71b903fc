namespace Reporting.Core.Storage;

/// <summary>The writes of <c>submit</c>, <c>close</c> and <c>purge</c> on SQLite (<see cref="LedgerWriter"/>).</summary>
public sealed partial class SqliteStore : IPeriodStore
{
    private static readonly LedgerDialect Ledger = new("@Before", column => column, RebuildSummaries);

    public bool Record(PeriodEntry entry)
    {
        EnsureCurrent();
        return Guard(() =>
        {
            using var tx = _connection.BeginTransaction();
            var done = LedgerWriter.Record(_connection, tx, entry);
            tx.Commit();
            return done;
        });
    }

    public PurgeOutcome Purge(PurgeRequest request)
    {
        EnsureCurrent();
        return Guard(() =>
        {
            using var tx = _connection.BeginTransaction();
            var outcome = LedgerWriter.Purge(_connection, tx, Ledger, request);
            if (!outcome.Refused && !request.DryRun)
            {
                tx.Commit();
            }
            return outcome;
        });
    }
}
