using Reporting.Core.Storage;

namespace Reporting.Core.Reports;

/// <summary>One read of the database at a store location (<see cref="StoreFactory"/>'s rules) whose schema is current
/// (<see cref="IReportingStore.EnsureCurrent"/>: an older or newer one is refused, never changed).</summary>
public static class CurrentStore
{
    /// <summary>Opens the store, checks its schema and returns what <paramref name="read"/> makes of one read of it.</summary>
    public static T Read<T>(string location, Func<IStoreReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var store = StoreFactory.Open(location);
        store.EnsureCurrent();
        using var reader = store.OpenReader();
        return read(reader);
    }
}
