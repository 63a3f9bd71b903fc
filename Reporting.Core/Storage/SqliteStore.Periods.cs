namespace Reporting.Core.Storage;

/// <summary>The writes of <c>submit</c>, <c>close</c> and <c>purge</c> on SQLite (<see cref="LedgerWriter"/>).</summary>
public sealed partial class SqliteStore : IPeriodStore
{
    public bool Record(PeriodEntry entry)
    {
        EnsureCurrent();
        return Guard(() => LedgerWriter.Record(_connection, StoreDialect.Sqlite, entry));
    }

    public PurgeOutcome Purge(PurgeRequest request)
    {
        EnsureCurrent();
        return Guard(() => LedgerWriter.Purge(_connection, StoreDialect.Sqlite, RebuildSummaries, request));
    }
}
