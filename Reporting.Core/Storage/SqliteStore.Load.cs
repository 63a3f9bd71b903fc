using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

public sealed partial class SqliteStore
{
    internal static readonly StoreReadQueries ReadQueries = new(StoreDialect.Sqlite);

    /// <inheritdoc />
    public IStoreReader OpenReader()
    {
        EnsureCurrent();
        // A deferred transaction takes its snapshot at the first SELECT and keeps it until disposed.
        var tx = Guard(() => _connection.BeginTransaction(deferred: true));
        return new SqlStoreReader(_connection, tx, ReadQueries);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<RecordKind, int> Count()
    {
        EnsureCurrent();
        return Guard(() => StoreReader.Count(_connection, ReadQueries.CountAll));
    }
}
