using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Cli;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Import;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>The built <c>fundingreports import</c> of a generated data set (about 100,000 rows, a second or more) in a
/// process of its own, killed with SIGKILL at random moments: the database is afterwards exactly as it was before the
/// attempt (integrity check ok, every table's content and the records' <see cref="DataSetHash"/> unchanged, no import
/// run recorded), and an import that is let finish stores every row. Starts processes.</summary>
[NonParallelizable]
[Category("Processes")]
public class ImportKillProcessTests
{
    private const int Kills = 5;
    private const int Seed = 20181;

    /// <summary>What the attempts import onto: the data set's programs, projects and budget lines.</summary>
    private static readonly string[] Base = ["programs.csv", "projects.csv", "budget_lines.csv"];

    private static readonly string[] Tables = ["programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements"];

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-import-kill-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Import_KilledAtRandomMoments_LeavesTheDatabaseAsItWasAndAFinishedImportStoresEveryRow()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, "fundingreports");
        Assume.That(File.Exists(program), "the built fundingreports next to the tests");
        var rows = Generate();
        var files = Directory.GetFiles(Path.Combine(_dir, "set"), "*.csv").Order(StringComparer.Ordinal).ToArray();
        var db = Path.Combine(_dir, "land.db");
        var (baseCode, _, baseError) = Run(program, [.. Base.Select(f => Path.Combine(_dir, "set", f))], db).Finish();
        Assert.That(baseCode, Is.EqualTo(ExitCodes.Ok), baseError);
        var pristine = Path.Combine(_dir, "pristine.db");
        File.Copy(db, pristine);
        var before = State(db);

        // Two imports to the end on a copy: the rows they store, and (the faster one) how long an import takes, so that
        // the kills fall while it runs.
        var copy = Path.Combine(_dir, "copy.db");
        var duration = TimeSpan.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            File.Copy(pristine, copy, overwrite: true);
            var clock = Stopwatch.StartNew();
            var (referenceCode, _, referenceError) = Run(program, files, copy).Finish();
            duration = clock.Elapsed < duration ? clock.Elapsed : duration;
            Assert.That(referenceCode, Is.EqualTo(ExitCodes.Ok), referenceError);
        }
        Assert.That(Counts(copy), Is.EqualTo(rows));
        TestContext.Out.WriteLine($"a whole import of {rows.Values.Sum():N0} rows took {duration.TotalMilliseconds:F0} ms");

        var random = new Random(Seed);
        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // Not in the first tenth: the runtime is still starting then, before the import has opened the database.
            var delay = TimeSpan.FromMilliseconds((0.1 + 0.9 * random.NextDouble()) * duration.TotalMilliseconds);
            var run = Run(program, files, db);
            Thread.Sleep(delay);
            run.Process.Kill();
            var (code, _, _) = run.Finish();
            var journal = File.Exists(db + "-journal") ? "a journal left to roll back" : "no journal left";
            var what = $"kill {kill + 1} after {delay.TotalMilliseconds:F0} of {duration.TotalMilliseconds:F0} ms: exit {code}, {journal}";
            outcomes.Add(what);
            if (code == ExitCodes.Ok)
            {
                // The import finished before the signal: it stored everything; start the next attempt from before again.
                Assert.That(Counts(db), Is.EqualTo(rows), what);
                File.Copy(pristine, db, overwrite: true);
                continue;
            }
            if (State(db) != before)
            {
                // The signal came after the commit, while the process was ending: the import is whole, not half.
                Assert.That(Integrity(db), Is.EqualTo("ok"), what);
                Assert.That(DataSetHashOf(db), Is.EqualTo(DataSetHashOf(copy)), $"{what}: the database is either as it was before the attempt or holds the whole import");
                outcomes[^1] += ", committed before the signal";
                File.Copy(pristine, db, overwrite: true);
            }
        }
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, outcomes));
        Assert.That(outcomes.Count(o => !o.Contains("exit 0,", StringComparison.Ordinal) && !o.EndsWith("committed before the signal", StringComparison.Ordinal)),
            Is.GreaterThan(0), "at least one import was killed while it ran");

        var (finalCode, _, finalError) = Run(program, files, db).Finish();
        Assert.That(finalCode, Is.EqualTo(ExitCodes.Ok), finalError);
        Assert.That(Integrity(db), Is.EqualTo("ok"));
        Assert.That(Counts(db), Is.EqualTo(rows));
        Assert.That(DataSetHashOf(db), Is.EqualTo(DataSetHashOf(copy)), "the same records as the import that was never killed");
    }

    /// <summary>Writes the data set into <c>set/</c> and returns the rows of each table as <c>generate</c> counts them.</summary>
    private Dictionary<string, long> Generate()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["generate", "--projects", "10", "--participants", "15000", "--vouchers", "80000", "--seed", "7", "--out", "set"],
            new CliContext(output, error, _dir, _ => null, TimeProvider.System));
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        // "participants.csv: 15000 rows"
        return output.ToString().Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(".csv: ", StringComparison.Ordinal))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0][..^":".Length].Replace(".csv", "", StringComparison.Ordinal), p => long.Parse(p[1], CultureInfo.InvariantCulture));
    }

    /// <summary>What must not change: the integrity check, every table's content, the records' hash and the import runs.</summary>
    private static (string Integrity, string Content, string Records, long Runs) State(string db)
    {
        // Opened for writing first, as the next command would: a hot journal left by the kill is rolled back here.
        var integrity = Integrity(db);
        using var connection = Open(db);
        return (integrity, StoreContent.Hash(db), DataSetHashOf(db), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM import_runs;"));
    }

    private static string Integrity(string db)
    {
        using var connection = Open(db);
        return string.Join("; ", connection.Query<string>("PRAGMA integrity_check;"));
    }

    private static Dictionary<string, long> Counts(string db)
    {
        using var connection = Open(db);
        return Tables.ToDictionary(t => t, t => connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t};"));
    }

    private static string DataSetHashOf(string db)
    {
        using var store = new SqliteStore(db, create: false);
        using var read = store.OpenReader();
        return DataSetHash.Of(read, ReportScope.AllProjects);
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        return connection;
    }

    private static Child Run(string program, IEnumerable<string> files, string db)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["import", .. files, "--db", db])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        return new Child(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    private sealed record Child(Process Process, Task<string> Output, Task<string> Error)
    {
        public (int Code, string Output, string Error) Finish()
        {
            if (!Process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                Process.Kill();
                Assert.Fail("fundingreports import did not end within two minutes");
            }
            var code = Process.ExitCode;
            Process.Dispose();
            return (code, Output.Result, Error.Result);
        }
    }
}
