using System.Net;
using Reporting.Core.Domain;

namespace Reporting.Web;

/// <summary>The addresses <c>serve</c> listens on (<c>--urls</c>, separated by <c>;</c>), and whether they stay on this
/// machine. Only loopback addresses (127.0.0.0/8, ::1, localhost) may be bound without an access file.</summary>
internal static class ListenUrls
{
    public const string Default = "http://127.0.0.1:5080";

    public static ParseResult<IReadOnlyList<string>> Parse(string? text)
    {
        var parts = (string.IsNullOrWhiteSpace(text) ? Default : text)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var urls = new List<string>();
        foreach (var part in parts)
        {
            if (HostOf(part) is null)
            {
                return ParseResult<IReadOnlyList<string>>.Fail(WebMessages.NotAUrl(part));
            }
            urls.Add(part);
        }
        return urls.Count == 0
            ? ParseResult<IReadOnlyList<string>>.Fail(WebMessages.NotAUrl(text ?? ""))
            : ParseResult<IReadOnlyList<string>>.Ok(urls);
    }

    /// <summary>True when the address is reachable only from this machine. Wildcards (<c>*</c>, <c>+</c>,
    /// <c>0.0.0.0</c>, <c>[::]</c>), other addresses and host names are not.</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return false;
        }
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The host part of <c>http://HOST:PORT</c> or <c>https://HOST:PORT</c> (wildcards allowed), else null.</summary>
    private static string? HostOf(string url)
    {
        string rest;
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["http://".Length..];
        }
        else if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = url["https://".Length..];
        }
        else
        {
            return null;
        }
        rest = rest.TrimEnd('/');
        string host;
        string port;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }
            host = rest[..(close + 1)];
            port = rest[(close + 1)..];
        }
        else
        {
            var colon = rest.LastIndexOf(':');
            host = colon < 0 ? rest : rest[..colon];
            port = colon < 0 ? "" : rest[colon..];
        }
        if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }
        if (port.Length > 0 && (port[0] != ':' || !ushort.TryParse(port[1..], System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }
        return host;
    }
}
