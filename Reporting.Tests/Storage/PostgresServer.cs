using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Reporting.Tests.Support;

namespace Reporting.Tests.Storage;

/// <summary>A throwaway PostgreSQL 15 cluster in a temporary folder, started on first use and stopped by
/// <see cref="PostgresServerLifetime"/> after the storage tests. Runs the server as the <c>postgres</c> user when the
/// tests run as root (postgres refuses to run as root). Without the server binaries every test that needs it is
/// skipped with a message saying what to install, or fails when <c>FUNDREPORTS_REQUIRE_ALL=1</c>
/// (<see cref="Prerequisite"/>).</summary>
internal sealed class PostgresServer : IDisposable
{
    /// <summary>Names a folder with <c>initdb</c> and <c>pg_ctl</c> to use instead of the Debian layout.</summary>
    public const string BinDirVariable = "FUNDREPORTS_PG_BIN";

    /// <summary>PostgreSQL 15's binaries (Debian layout, or <see cref="BinDirVariable"/>); another installed major
    /// version is used when 15 is missing.</summary>
    public static readonly string BinDir = FindBinDir();

    private static readonly Lazy<PostgresServer> Instance = new(Start);
    private static int _databases;

    private readonly string _dir;

    private PostgresServer(string dir, int port)
    {
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The running cluster, started when first asked for; skips (or fails) the calling test when the server
    /// binaries are not installed.</summary>
    public static PostgresServer Shared
    {
        get
        {
            if (!BinariesInstalled)
            {
                Prerequisite.Missing(
                    $"PostgreSQL server binaries (initdb, pg_ctl) not found in {BinDir}; the PostgreSQL store tests need them: "
                    + $"install with 'apt-get install -y postgresql-15' (Debian/Ubuntu; .ci/run does this) or set {BinDirVariable}.");
            }
            return Instance.Value;
        }
    }

    private static bool BinariesInstalled =>
        File.Exists(Path.Combine(BinDir, "initdb")) && File.Exists(Path.Combine(BinDir, "pg_ctl"));

    /// <summary>Stops the cluster if it was started.</summary>
    public static void StopIfStarted()
    {
        if (Instance.IsValueCreated)
        {
            Instance.Value.Dispose();
        }
    }

    /// <summary>Connection string of a new, empty database on the cluster; with <paramref name="icuCollation"/> (say
    /// <c>de-DE</c>) its text sorts by that ICU locale instead of byte order.</summary>
    public string NewDatabase(string? icuCollation = null)
    {
        var name = $"fr_test_{Interlocked.Increment(ref _databases)}";
        var collation = icuCollation is null ? "" : $" LOCALE_PROVIDER icu ICU_LOCALE '{icuCollation}' LOCALE 'C'";
        using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY{collation};", admin);
            create.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    private static string FindBinDir()
    {
        if (Environment.GetEnvironmentVariable(BinDirVariable) is { Length: > 0 } given)
        {
            return given;
        }
        const string Preferred = "/usr/lib/postgresql/15/bin";
        if (File.Exists(Path.Combine(Preferred, "initdb")) || !Directory.Exists("/usr/lib/postgresql"))
        {
            return Preferred;
        }
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault() ?? Preferred;
    }

    private static PostgresServer Start()
    {
        var dir = Directory.CreateTempSubdirectory("fr-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres:postgres", dir], dir, asPostgres: false);
        }
        var port = FreePort();
        var data = Path.Combine(dir, "data");
        Run(Path.Combine(BinDir, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], dir, asRoot);
        Run(Path.Combine(BinDir, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(dir, "server.log"), "-w",
             "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
             "start"],
            dir, asRoot);
        return new PostgresServer(dir, port);
    }

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(BinDir, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"], _dir,
                Environment.UserName == "root");
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string program, IReadOnlyList<string> args, string workingDir, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {stdout} {stderr.Result}");
        }
    }
}

/// <summary>Stops the throwaway PostgreSQL cluster after the tests of this namespace (if any of them started it).</summary>
[SetUpFixture]
public sealed class PostgresServerLifetime
{
    [OneTimeTearDown]
    public void StopServer() => PostgresServer.StopIfStarted();
}
