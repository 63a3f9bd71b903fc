using System.Globalization;
using Npgsql;

namespace Reporting.Core.Storage;

/// <summary>A PostgreSQL --db value: a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>) or an
/// Npgsql connection string (<c>Host=...;Port=...;Username=...;Database=...</c>), turned into connection settings and
/// into a form that may be shown to the user (without the password).</summary>
internal sealed class PostgresLocation
{
    private PostgresLocation(NpgsqlConnectionStringBuilder settings) => Settings = settings;

    /// <summary>The connection settings, password included.</summary>
    public NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>The location without its password, for messages and hints such as <c>init --db "..."</c>.</summary>
    public string Display
    {
        get
        {
            var shown = new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { Password = null };
            return shown.ConnectionString;
        }
    }

    /// <summary>host:port/database, for "cannot connect" messages.</summary>
    public string Server => $"{Settings.Host}:{Settings.Port.ToString(CultureInfo.InvariantCulture)}/{Settings.Database}";

    /// <summary>True for a location that names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool Matches(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a URL or connection string; a malformed one is a <see cref="StoreException"/>.</summary>
    public static PostgresLocation Parse(string location)
    {
        try
        {
            var settings = location.Contains("://", StringComparison.Ordinal)
                ? FromUrl(location)
                : new NpgsqlConnectionStringBuilder(location);
            if (string.IsNullOrEmpty(settings.Host))
            {
                throw new ArgumentException("no host given");
            }
            return new PostgresLocation(settings);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            throw new StoreException($"invalid PostgreSQL location: {e.Message} (expected postgres://user@host:port/database or Host=...;Database=...)", e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        var settings = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            settings.Port = uri.Port;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            settings.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"URL parameter '{pair}' has no value");
            }
            settings[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return settings;
    }
}
