using Dapper;
using Npgsql;

namespace Reporting.Core.Storage;

/// <summary>The store for a shared PostgreSQL server, reached through Dapper. Same semantics as <see cref="SqliteStore"/>;
/// SQL lives next to the method that runs it, split into partial files by aspect. Its records are saved and read with
/// the column maps both backends share (<see cref="RecordMaps"/>), dates and flags bound and read natively as
/// <c>date</c> and <c>boolean</c> (<see cref="StoreDialect.Postgres"/>).</summary>
internal sealed partial class PostgresStore : IReportingStore
{
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

    public int SchemaVersion => PostgresMigrations.History.ReadVersion(_connection, null);

    public static int CurrentSchemaVersion => PostgresMigrations.LatestVersion;

    public void Migrate() => SchemaMigrator.Migrate(_connection, PostgresMigrations.History, _location.Display);

    public void EnsureCurrent() => SchemaMigrator.EnsureCurrent(PostgresMigrations.History, SchemaVersion, _location.Display);

    public void Dispose() => _connection.Dispose();
}
