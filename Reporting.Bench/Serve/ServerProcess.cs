using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Reporting.Bench.Measure;

namespace Reporting.Bench.Serve;

/// <summary><c>fundingreports serve</c> as <c>serve</c> runs it, in a process of its own on a free loopback port:
/// started, waited for until it answers, its CPU time and peak memory read from <c>/proc</c>, and stopped.</summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Starts <c>dotnet CLI serve --db DATABASE --urls http://127.0.0.1:PORT</c> and waits until <c>/</c> answers.</summary>
    public static ServerProcess Start(string cli, string database, string workingDirectory, HttpClient client)
    {
        var port = FreePort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in new[] { cli, "serve", "--db", database, "--urls", address.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var server = new ServerProcess(Process.Start(start) ?? throw new BenchException("could not start fundingreports serve"), address);
        try
        {
            server.WaitUntilAnswering(client);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>User plus system CPU time of the server so far (<c>/proc/PID/stat</c>), or null where there is none.</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            // Fields after the command name in brackets: state is field 3, utime 14, stime 15 (in clock ticks, 100 per second).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The server's peak resident memory so far (<c>VmHWM</c>), 0 where it cannot be read.</summary>
    public long PeakBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void WaitUntilAnswering(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new BenchException($"fundingreports serve exited with {_process.ExitCode}: {(_error.Result + _output.Result).Trim()}");
            }
            try
            {
                using var response = client.GetAsync(Address).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(200);
        }
        throw new BenchException($"fundingreports serve did not answer on {Address} within {StartTimeout.TotalSeconds} s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
