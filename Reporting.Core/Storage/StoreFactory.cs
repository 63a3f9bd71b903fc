namespace Reporting.Core.Storage;

/// <summary>Opens the store named by a location: a SQLite file path (default).</summary>
public static class StoreFactory
{
    /// <summary>Opens (and for SQLite creates the file of) the store at <paramref name="location"/>. Does not migrate.</summary>
    public static IReportingStore Open(string location) =>
        throw new NotImplementedException("SQLite store not written yet");
}
