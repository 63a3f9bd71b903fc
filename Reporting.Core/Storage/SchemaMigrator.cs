using System.Data;
using System.Globalization;
using Dapper;

namespace Reporting.Core.Storage;

/// <summary>How a backend keeps its schema: its versioned scripts (script N reaches version N) and where it records
/// the version it has reached.</summary>
/// <param name="Begin">Opens the migration transaction.</param>
/// <param name="ReadVersion">The recorded version, 0 for a database never migrated.</param>
/// <param name="WriteVersion">A statement recording version N.</param>
/// <param name="Lock">Run first in the migration transaction, to serialise concurrent migrations (or empty).</param>
/// <param name="Prepare">Run before the first script, in the same transaction (or empty).</param>
internal sealed record SchemaHistory(
    IReadOnlyList<string> Scripts,
    Func<IDbConnection, IDbTransaction> Begin,
    Func<IDbConnection, IDbTransaction?, int> ReadVersion,
    Func<string, string> WriteVersion,
    string Lock = "",
    string Prepare = "")
{
    public int LatestVersion => Scripts.Count;
}

/// <summary>Brings a database to the latest schema version and checks that it is there, the same way for every backend.</summary>
internal static class SchemaMigrator
{
    /// <summary>Runs the scripts after the recorded version, and records each, all in one transaction; a database already
    /// at the latest version is not written to (so a user without the right to change the schema may run it).</summary>
    /// <param name="location">The database as messages name it.</param>
    public static void Migrate(IDbConnection connection, SchemaHistory schema, string location)
    {
        using var tx = schema.Begin(connection);
        Execute(connection, schema.Lock, tx);
        var version = schema.ReadVersion(connection, tx);
        if (version > schema.LatestVersion)
        {
            throw new StoreException(StoreMessages.TooNew(location, version, schema.LatestVersion));
        }
        if (version == schema.LatestVersion)
        {
            return;
        }
        Execute(connection, schema.Prepare, tx);
        for (var next = version + 1; next <= schema.LatestVersion; next++)
        {
            connection.Execute(schema.Scripts[next - 1], transaction: tx);
            connection.Execute(schema.WriteVersion(next.ToString(CultureInfo.InvariantCulture)), transaction: tx);
        }
        tx.Commit();
    }

    /// <summary>Refuses a database that was never migrated, or whose <paramref name="version"/> is older or newer than
    /// the latest, with a message saying what to do.</summary>
    public static void EnsureCurrent(SchemaHistory schema, int version, string location)
    {
        if (version == 0)
        {
            throw new StoreException(StoreMessages.NotInitialised(location));
        }
        if (version > schema.LatestVersion)
        {
            throw new StoreException(StoreMessages.TooNew(location, version, schema.LatestVersion));
        }
        if (version < schema.LatestVersion)
        {
            throw new StoreException(StoreMessages.Outdated(location, version, schema.LatestVersion));
        }
    }

    private static void Execute(IDbConnection connection, string sql, IDbTransaction tx)
    {
        if (sql.Length > 0)
        {
            connection.Execute(sql, transaction: tx);
        }
    }
}
