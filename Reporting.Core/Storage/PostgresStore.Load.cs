using System.Data;
using Dapper;

namespace Reporting.Core.Storage;

internal sealed partial class PostgresStore
{
    /// <summary>Makes the transaction read only; must be its first statement.</summary>
    private const string ReadOnly = "SET TRANSACTION READ ONLY;";

    private static readonly StoreReadQueries ReadQueries = new(StoreDialect.Postgres);

    /// <inheritdoc />
    public IStoreReader OpenReader()
    {
        EnsureCurrent();
        // REPEATABLE READ: the snapshot taken at the first SELECT serves every later one, so an import that commits
        // meanwhile is not seen half. READ ONLY: a reader never takes a write lock.
        var tx = _connection.BeginTransaction(IsolationLevel.RepeatableRead);
        try
        {
            _connection.Execute(ReadOnly, transaction: tx);
        }
        catch
        {
            tx.Dispose();
            throw;
        }
        return new SqlStoreReader(_connection, tx, ReadQueries);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<RecordKind, int> Count()
    {
        EnsureCurrent();
        return StoreReader.Count(_connection, ReadQueries.CountAll);
    }
}
