using Dapper;
using Microsoft.Data.Sqlite;

namespace Reporting.Core.Storage;

/// <summary>The default store: one SQLite file, reached through Dapper. SQL lives next to the method that runs it,
/// split into partial files by aggregate.</summary>
public sealed partial class SqliteStore : IReportingStore
{
    private readonly SqliteConnection _connection;
    private readonly string _location;

    /// <summary>How long a statement waits for a lock another process holds before the store reports it busy.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Opens the SQLite file at <paramref name="path"/> (<c>:memory:</c> for tests), creating it when missing
    /// only if <paramref name="create"/> is true; otherwise a missing file is a <see cref="StoreException"/>.</summary>
    public SqliteStore(string path, bool create = true)
    {
        _location = path;
        if (path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new StoreException($"cannot open database '{path}': folder '{folder}' does not exist");
            }
            if (!create && !File.Exists(path))
            {
                throw new StoreException(StoreMessages.Missing(path));
            }
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            ForeignKeys = true,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };
        _connection = new SqliteConnection(builder.ToString());
        Guard(() =>
        {
            _connection.Open();
            _connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
            return 0;
        });
    }

    /// <summary>Runs <paramref name="action"/>, turning the store's environment faults (busy, read-only, corrupt, full)
    /// into a <see cref="StoreException"/> with one plain sentence.</summary>
    internal T Guard<T>(Func<T> action) => Guard(_location, action);

    public StoreException? Fault(Exception error) =>
        error is SqliteException e && StoreMessages.Fault(_location, e.SqliteErrorCode) is { } message ? new StoreException(message, e) : null;

    internal static T Guard<T>(string location, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (StoreMessages.Fault(location, e.SqliteErrorCode) is { } message)
        {
            throw new StoreException(message, e);
        }
    }

    public int SchemaVersion
    {
        get
        {
            return Guard(() => SqliteMigrations.History.ReadVersion(_connection, null));
        }
    }

    public static int CurrentSchemaVersion => SqliteMigrations.LatestVersion;

    public void Migrate() => Guard(() =>
    {
        SchemaMigrator.Migrate(_connection, SqliteMigrations.History, _location);
        return 0;
    });

    public void EnsureCurrent() => SchemaMigrator.EnsureCurrent(SqliteMigrations.History, SchemaVersion, _location);

    public void Dispose() => _connection.Dispose();
}
