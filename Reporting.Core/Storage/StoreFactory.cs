namespace Reporting.Core.Storage;

/// <summary>Opens the store named by a location: a PostgreSQL server (<c>postgres://</c> or <c>postgresql://</c> URL,
/// or an Npgsql connection string containing <c>Host=</c>), else a SQLite file path (the default).</summary>
public static class StoreFactory
{
    /// <summary>Opens the store at <paramref name="location"/>. Does not migrate. A SQLite file is created when missing
    /// only with <paramref name="create"/> (init, import, demo); a read of a missing file is a <see cref="StoreException"/>.</summary>
    public static IReportingStore Open(string location, bool create = false) =>
        IsServer(location) ? new PostgresStore(location) : new SqliteStore(location, create);

    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a SQLite file path.</summary>
    public static bool IsServer(string location) => PostgresLocation.Matches(location);

    /// <summary>The location as it may be shown to the user: a server location without its password, a path as is.</summary>
    public static string Display(string location) =>
        IsServer(location) ? PostgresLocation.Parse(location).Display : location;
}
