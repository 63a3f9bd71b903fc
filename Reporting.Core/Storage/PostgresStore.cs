using Dapper;
using Npgsql;

namespace Reporting.Core.Storage;

/// <summary>The store for a shared PostgreSQL server, reached through Dapper. Same semantics as <see cref="SqliteStore"/>;
/// SQL lives next to the method that runs it, split into partial files by aspect. Saves through the row classes it
/// shares with SQLite (the upserts cast their ISO dates and 0/1 flags to DATE and BOOLEAN); reads its own rows with
/// the native types (<c>PostgresStore.Rows.cs</c>).</summary>
internal sealed partial class PostgresStore : IReportingStore
{
    private const string VersionTableExists = "SELECT to_regclass('schema_version') IS NOT NULL;";
    private const string SelectVersion = "SELECT version FROM schema_version;";
    private const string UpdateVersion = "UPDATE schema_version SET version = @Version;";

    /// <summary>Serialises concurrent <see cref="Migrate"/> runs against one database (an arbitrary fixed key).</summary>
    private const string LockForMigration = "SELECT pg_advisory_xact_lock(4711020181);";

    private readonly NpgsqlConnection _connection;
    private readonly PostgresLocation _location;

    /// <summary>Connects to the server named by <paramref name="location"/>: a <c>postgres://</c> URL or an Npgsql
    /// connection string. A failure to connect is a <see cref="StoreException"/> naming host, port and database.</summary>
    public PostgresStore(string location)
    {
        _location = PostgresLocation.Parse(location);
        var settings = new NpgsqlConnectionStringBuilder(_location.Settings.ConnectionString) { Pooling = false };
        _connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            _connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            _connection.Dispose();
            throw new StoreException($"cannot connect to PostgreSQL database {_location.Server}: {e.Message}", e);
        }
    }

    public int SchemaVersion => SchemaVersionIn(null);

    public static int CurrentSchemaVersion => PostgresMigrations.LatestVersion;

    public void Migrate()
    {
        using var tx = _connection.BeginTransaction();
        _connection.Execute(LockForMigration, transaction: tx);
        var version = SchemaVersionIn(tx);
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(StoreMessages.TooNew(_location.Display, version, CurrentSchemaVersion));
        }
        if (version == CurrentSchemaVersion)
        {
            // Nothing to write, so a user without CREATE rights may run init on a current database.
            return;
        }
        _connection.Execute(PostgresMigrations.CreateVersionTable, transaction: tx);
        for (var next = version + 1; next <= CurrentSchemaVersion; next++)
        {
            _connection.Execute(PostgresMigrations.Scripts[next - 1], transaction: tx);
            _connection.Execute(UpdateVersion, new { Version = next }, tx);
        }
        tx.Commit();
    }

    public void EnsureCurrent()
    {
        var version = SchemaVersion;
        if (version == 0)
        {
            throw new StoreException(StoreMessages.NotInitialised(_location.Display));
        }
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(StoreMessages.TooNew(_location.Display, version, CurrentSchemaVersion));
        }
        if (version < CurrentSchemaVersion)
        {
            throw new StoreException(StoreMessages.Outdated(_location.Display, version, CurrentSchemaVersion));
        }
    }

    private int SchemaVersionIn(NpgsqlTransaction? tx) =>
        _connection.ExecuteScalar<bool>(VersionTableExists, transaction: tx)
            ? _connection.ExecuteScalar<int?>(SelectVersion, transaction: tx) ?? 0
            : 0;

    public void Dispose() => _connection.Dispose();
}
