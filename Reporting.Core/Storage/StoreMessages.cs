namespace Reporting.Core.Storage;

/// <summary>The schema messages both backends show, worded once. <paramref name="location"/> is the --db value as it
/// may be shown (for PostgreSQL without the password).</summary>
internal static class StoreMessages
{
    public static string NotInitialised(string location) =>
        $"database '{location}' is not initialised; run 'fundingreports init --db \"{location}\"' or import data first";

    public static string Outdated(string location, int version, int current) =>
        $"database '{location}' has schema version {version}, this program needs {current}; run 'fundingreports init --db \"{location}\"' to upgrade it (data is kept)";

    public static string Missing(string location) =>
        $"database '{location}' does not exist; create it with 'fundingreports init --db \"{location}\"' or import data first";

    /// <summary>One plain sentence for a SQLite environment fault (by its primary result code), or null for other errors.</summary>
    public static string? Fault(string location, int code) => (code & 0xFF) switch
    {
        5 or 6 => $"database '{location}' is busy: another process holds it (waited {SqliteStore.BusyTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s); try again when it has finished",
        8 => $"database '{location}' cannot be written: the file or its folder is read-only",
        14 => $"database '{location}' cannot be opened: the file or its folder is not accessible",
        11 or 26 => $"'{location}' is not a FundingReports database (not a SQLite file, or damaged)",
        13 => $"database '{location}' cannot be written: the disk is full",
        _ => null,
    };

    public static string TooNew(string location, int version, int current) =>
        $"database '{location}' has schema version {version}, newer than this program knows ({current}); use a newer FundingReports";
}
