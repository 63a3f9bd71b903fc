using Reporting.Core.Storage;

namespace Reporting.Core.Setup;

/// <summary>What <c>init</c> did to a database: its schema version before and after.</summary>
/// <param name="Shown">The database as people read it (<see cref="StoreFactory.Display"/>: no password).</param>
/// <param name="Before">The schema version it had; 0 for a new database.</param>
/// <param name="After">The schema version it has now.</param>
public sealed record DatabaseSetup(string Shown, int Before, int After)
{
    /// <summary>Creates the database at <paramref name="location"/> (<see cref="StoreFactory"/>'s rules) or upgrades
    /// its schema in place; the data is kept.</summary>
    public static DatabaseSetup Init(string location)
    {
        using var store = StoreFactory.Open(location, create: true);
        var before = store.SchemaVersion;
        store.Migrate();
        return new DatabaseSetup(StoreFactory.Display(location), before, store.SchemaVersion);
    }

    /// <summary><c>data.db: created (schema version 7).</c>, <c>… upgraded from schema version 5 to 7.</c> or
    /// <c>… schema version 7 is current; nothing to do.</c></summary>
    public string Message => Before == After
        ? $"{Shown}: schema version {After} is current; nothing to do."
        : Before == 0
            ? $"{Shown}: created (schema version {After})."
            : $"{Shown}: upgraded from schema version {Before} to {After}.";
}
