namespace Reporting.Core.Storage;

/// <summary>Opens the store named by a location: a SQLite file path (the default).</summary>
public static class StoreFactory
{
    /// <summary>Opens (for SQLite: creates the file of) the store at <paramref name="location"/>. Does not migrate.</summary>
    public static IReportingStore Open(string location) => new SqliteStore(location);
}
