namespace Reporting.Core.Storage;

/// <summary>The schema messages both backends show, worded once. <paramref name="location"/> is the --db value as it
/// may be shown (for PostgreSQL without the password).</summary>
internal static class StoreMessages
{
    public static string NotInitialised(string location) =>
        $"database '{location}' is not initialised; run 'fundingreports init --db \"{location}\"' or import data first";

    public static string Outdated(string location, int version, int current) =>
        $"database '{location}' has schema version {version}, this program needs {current}; run 'fundingreports init --db \"{location}\"' to upgrade it (data is kept)";

    public static string TooNew(string location, int version, int current) =>
        $"database '{location}' has schema version {version}, newer than this program knows ({current}); use a newer FundingReports";
}
