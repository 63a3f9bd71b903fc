namespace Reporting.Bench.Measure;

/// <summary>The <c>--postgres</c> server: the same server with another database, and the form psql understands.</summary>
internal static class PostgresServer
{
    /// <summary>The location with its database replaced by <paramref name="database"/> (URL or <c>Host=...;Database=...</c> form).</summary>
    public static string WithDatabase(string location, string database)
    {
        if (IsUrl(location))
        {
            var uri = new UriBuilder(location) { Path = "/" + database };
            return uri.Uri.ToString();
        }
        var parts = Pairs(location).Where(p => !p.Key.Equals("database", StringComparison.OrdinalIgnoreCase)).Select(p => p.Key + "=" + p.Value);
        return string.Join(';', parts.Append("Database=" + database));
    }

    /// <summary>A URL as it is; a <c>Host=...;Port=...</c> connection string as a libpq keyword string.</summary>
    public static string ForPsql(string location)
    {
        if (IsUrl(location))
        {
            return location;
        }
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["host"] = "host", ["server"] = "host", ["port"] = "port", ["database"] = "dbname", ["username"] = "user",
            ["user id"] = "user", ["userid"] = "user", ["user"] = "user", ["password"] = "password",
        };
        return string.Join(' ', Pairs(location).Where(p => names.ContainsKey(p.Key)).Select(p => names[p.Key] + "='" + p.Value + "'"));
    }

    private static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string location) =>
        location.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .Select(p => KeyValuePair.Create(p[0].Trim(), p[1].Trim()));
}
