using System.Globalization;
using Reporting.Bench.Measure;

namespace Reporting.Bench.Suites;

/// <summary>
/// One bench run: a work folder, the <c>fundingreports</c> program under test, the data sets made for it (each made
/// once and shared by the comparisons that need it), and the tables it prints. Split by comparison into partial files.
/// </summary>
internal sealed partial class BenchRun : IDisposable
{
    private readonly BenchSettings _settings;
    private readonly TextWriter _out;
    private readonly string _work;
    private readonly bool _ownWork;
    private string? _cli;
    private DataSet? _dataSet;
    private string? _fullDb;

    /// <summary>What the <c>serve</c> bench asks of the server.</summary>
    public Bench.Serve.ServeSettings ServeSettings { get; init; } = Bench.Serve.ServeSettings.Default;

    /// <summary>Rows of the expenditures file of the <c>csv</c> bench.</summary>
    public int CsvRows { get; init; } = 1_000_000;

    public BenchRun(BenchSettings settings, TextWriter output)
    {
        _settings = settings;
        _out = output;
        _ownWork = settings.Work is null;
        _work = settings.Work is { } w ? Path.GetFullPath(w) : Directory.CreateTempSubdirectory("fr-bench-").FullName;
        Directory.CreateDirectory(_work);
        _out.WriteLine("# FundingReports bench");
        _out.WriteLine();
        foreach (var line in Machine.Describe())
        {
            _out.WriteLine("- " + line);
        }
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- started: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; work folder {_work}"));
        _out.WriteLine();
        _out.Flush();
    }

    /// <summary>Every comparison in one run.</summary>
    public static void All(BenchRun run, BenchSettings settings)
    {
        run.Import(settings);
        run.Commands(settings);
        run.Serve(settings, run.ServeSettings);
        run.Xlsx(settings);
        run.GrowthTable(settings);
        if (settings.Micro)
        {
            run.Micro(settings);
        }
        run._out.WriteLine("load average at the end: " + Machine.Load());
    }

    public void Dispose()
    {
        if (_ownWork && !_settings.Keep)
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>A generated data set: its folder, its files, its rows and the project with the most vouchers.</summary>
    private sealed record DataSet(string Folder, IReadOnlyList<string> Files, long Rows, string Largest, ProcessRun Generation);

    private string Cli => _cli ??= FundingReportsProgram.Locate(_settings.Cli, _out);

    /// <summary>Runs the program under test (the built dll, in its own process).</summary>
    private ProcessRun FundingReports(params string[] args) => ProcessMeter.RunOk("dotnet", [Cli, .. args], _work);

    private string WorkPath(string name) => Path.Combine(_work, name);

    /// <summary>Generates a data set with the program's own <c>generate</c> command.</summary>
    private DataSet Generate(string name, int projects, long participants, long vouchers, string? onlyProject = null)
    {
        var folder = WorkPath(name);
        string[] only = onlyProject is null ? [] : ["--only-project", onlyProject];
        var run = FundingReports(["generate", "--projects", Text(projects), "--participants", Text(participants), "--vouchers", Text(vouchers),
            "--seed", Text((long)_settings.Seed), .. only, "--out", folder]);
        // Last line: "N rows in T s (R rows/s) into DIR; most vouchers: ID"
        var last = run.Output.Trim().Split('\n')[^1];
        long rows = long.Parse(last[..last.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var largest = last[(last.LastIndexOf(' ') + 1)..].Trim();
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        return new DataSet(folder, files, rows, largest, run);
    }

    /// <summary>The data set of the command line's size.</summary>
    private DataSet MainDataSet() => _dataSet ??= Generate("set", _settings.Projects, _settings.Participants, _settings.Vouchers);

    /// <summary>A fresh SQLite database holding <paramref name="set"/>, imported by the program under test.</summary>
    private (string Path, ProcessRun Import) ImportIntoSqlite(DataSet set, string name)
    {
        var db = FreshSqlitePath(name);
        var run = FundingReports(["import", .. set.Files, "--db", db]);
        return (db, run);
    }

    /// <summary>The path of <paramref name="name"/> in the work folder with no database there (nor its journal files).</summary>
    private string FreshSqlitePath(string name)
    {
        var db = WorkPath(name);
        foreach (var stale in new[] { db, db + "-wal", db + "-shm", db + "-journal" })
        {
            File.Delete(stale);
        }
        return db;
    }

    private string FullDatabase() => _fullDb ??= ImportIntoSqlite(MainDataSet(), "full.db").Path;

    private void Heading(string title, string text)
    {
        _out.WriteLine("## " + title);
        _out.WriteLine();
        _out.WriteLine(text);
        _out.WriteLine();
        _out.Flush();
    }

    private void Progress(string what)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.Now:HH:mm:ss}] {what} (load {Machine.Load()})"));
    }

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
