namespace Reporting.Core.Storage;

/// <summary>The writes of <c>submit</c>, <c>close</c> and <c>purge</c> on PostgreSQL (<see cref="LedgerWriter"/>); its
/// record dates are <c>date</c> columns, compared with a <c>date</c> parameter and read as <see cref="DateOnly"/>.</summary>
internal sealed partial class PostgresStore : IPeriodStore
{
    public bool Record(PeriodEntry entry)
    {
        EnsureCurrent();
        return LedgerWriter.Record(_connection, StoreDialect.Postgres, entry);
    }

    public PurgeOutcome Purge(PurgeRequest request)
    {
        EnsureCurrent();
        return LedgerWriter.Purge(_connection, StoreDialect.Postgres, RebuildSummaries, request);
    }
}
