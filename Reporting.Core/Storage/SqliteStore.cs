using Dapper;
using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>The default store: one SQLite file, reached through Dapper. SQL lives next to the method that runs it,
/// split into partial files by aggregate.</summary>
public sealed partial class SqliteStore : IReportingStore
{
    private readonly SqliteConnection _connection;
    private readonly string _location;

    /// <summary>Opens (creating when missing) the SQLite file at <paramref name="path"/>; <c>:memory:</c> for tests.</summary>
    public SqliteStore(string path)
    {
        _location = path;
        if (path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new StoreException($"cannot open database '{path}': folder '{folder}' does not exist");
            }
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot open database '{path}': {e.Message}", e);
        }
    }

    public int SchemaVersion
    {
        get
        {
            try
            {
                return _connection.ExecuteScalar<int>("PRAGMA user_version;");
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 26)
            {
                throw new StoreException($"'{_location}' is not a FundingReports database (not a SQLite file)", e);
            }
        }
    }

    public static int CurrentSchemaVersion => SqliteMigrations.LatestVersion;

    public void Migrate()
    {
        var version = SchemaVersion;
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(TooNew(version));
        }
        for (var next = version + 1; next <= CurrentSchemaVersion; next++)
        {
            using var tx = _connection.BeginTransaction();
            _connection.Execute(SqliteMigrations.Scripts[next - 1], transaction: tx);
            _connection.Execute($"PRAGMA user_version = {next};", transaction: tx);
            tx.Commit();
        }
    }

    public void EnsureCurrent()
    {
        var version = SchemaVersion;
        if (version == 0)
        {
            throw new StoreException(StoreMessages.NotInitialised(_location));
        }
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(TooNew(version));
        }
        if (version < CurrentSchemaVersion)
        {
            throw new StoreException(StoreMessages.Outdated(_location, version, CurrentSchemaVersion));
        }
    }

    private string TooNew(int version) => StoreMessages.TooNew(_location, version, CurrentSchemaVersion);

    public void Dispose() => _connection.Dispose();
}
