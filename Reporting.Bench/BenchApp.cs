using System.CommandLine;
using System.Globalization;
using Reporting.Bench.Csv;
using Reporting.Bench.Measure;
using Reporting.Bench.Serve;
using Reporting.Bench.Suites;
using Reporting.Bench.Writers;

namespace Reporting.Bench;

/// <summary>
/// The bench's command line: <c>all</c> runs every comparison and prints each figure beside its anchor measured in the
/// same run; <c>import</c>, <c>commands</c>, <c>xlsx</c>, <c>growth</c> and <c>micro</c> run one of them;
/// <c>monthly</c>, <c>belegliste</c> and <c>pdf</c> are the in-process form and writer benches. Figures:
/// docs/benchmarks.md.
/// </summary>
internal static class BenchApp
{
    private static readonly BenchSettings D = BenchSettings.Default;

    internal static readonly Option<int> Projects = new("--projects") { Description = "Projects of the generated data set.", DefaultValueFactory = _ => D.Projects, Recursive = true };
    internal static readonly Option<long> Participants = new("--participants") { Description = "Participants of the generated data set.", DefaultValueFactory = _ => D.Participants, Recursive = true };
    internal static readonly Option<long> Vouchers = new("--vouchers") { Description = "Vouchers of the generated data set (5000000 for a Land).", DefaultValueFactory = _ => D.Vouchers, Recursive = true };
    internal static readonly Option<ulong> Seed = new("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => D.Seed, Recursive = true };
    internal static readonly Option<int> XlsxRows = new("--xlsx-rows") { Description = "Rows of the xlsx writer comparison.", DefaultValueFactory = _ => D.XlsxRows, Recursive = true };
    internal static readonly Option<string> Growth = new("--growth") { Description = "Row counts of the growth table, comma separated.", DefaultValueFactory = _ => string.Join(',', D.Growth), Recursive = true };
    internal static readonly Option<string?> Postgres = new("--postgres") { Description = "PostgreSQL server for the PostgreSQL import (postgres://user@host:port/db); skipped without.", Recursive = true };
    internal static readonly Option<string?> Cli = new("--cli") { Description = "The built fundingreports.dll (default: Release build of Reporting.Cli, built first).", Recursive = true };
    internal static readonly Option<string?> Work = new("--work") { Description = "Folder for data sets and databases (default: a temporary folder).", Recursive = true };
    internal static readonly Option<bool> Keep = new("--keep") { Description = "Keep the work folder.", Recursive = true };
    internal static readonly Option<bool> NoMicro = new("--no-micro") { Description = "Leave out the BenchmarkDotNet inner loops in 'all'.", Recursive = true };
    internal static readonly Option<int> CsvRows = new("--csv-rows") { Description = "csv: rows of the expenditures file the parsers read.", DefaultValueFactory = _ => 1_000_000, Recursive = true };
    internal static readonly Option<int> Requests = new("--requests") { Description = "serve: timed requests per address.", DefaultValueFactory = _ => Serve.ServeSettings.Default.Requests, Recursive = true };
    internal static readonly Option<int> WarmUp = new("--warmup") { Description = "serve: untimed requests per address first.", DefaultValueFactory = _ => Serve.ServeSettings.Default.WarmUp, Recursive = true };
    internal static readonly Option<string?> ServeDb = new("--serve-db") { Description = "serve: an existing database to serve instead of the generated data set.", Recursive = true };
    internal static readonly Option<string?> ServeProject = new("--project") { Description = "serve: the project of the project page (default: the one with the most vouchers).", Recursive = true };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot(output);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"error: {e.Message}");
            }
            return 2;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (BenchException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    public static RootCommand BuildRoot(TextWriter output)
    {
        var root = new RootCommand("FundingReports benchmarks: each figure beside its anchor, measured in the same run.");
        foreach (var option in new Option[] { Projects, Participants, Vouchers, Seed, XlsxRows, Growth, Postgres, Cli, Work, Keep, NoMicro, CsvRows, Requests, WarmUp, ServeDb, ServeProject })
        {
            root.Options.Add(option);
        }
        root.Subcommands.Add(Suite("all", "Every comparison: import, commands, serve, xlsx writer, growth table, inner loops.", output, BenchRun.All));
        root.Subcommands.Add(Suite("import", "fundingreports import against sqlite3 .import (and psql \\copy with --postgres).", output, (r, s) => r.Import(s)));
        root.Subcommands.Add(Suite("commands", "figures, targets, report proof, report monthly on the data set against a one-project database.", output, (r, s) => r.Commands(s)));
        root.Subcommands.Add(Suite("serve", "Warm response times of fundingreports serve: overview, a project page, its chart, /api/targets.", output,
            (r, s) => r.Serve(s, r.ServeSettings)));
        root.Subcommands.Add(Suite("csv", "CsvHelper, Sep and Sylvan.Data.Csv reading a generated expenditures file as the importer does.", output,
            (r, s) => r.Csv(s, r.CsvRows)));
        root.Subcommands.Add(Suite("xlsx", "StreamingXlsxWriter against MiniExcel on monthly-export rows.", output, (r, s) => r.Xlsx(s)));
        root.Subcommands.Add(Suite("growth", "Import and xlsx cost per row at growing sizes.", output, (r, s) => r.GrowthTable(s)));
        root.Subcommands.Add(Suite("generate", "fundingreports generate alone: rows per second and peak memory.", output, (r, s) => r.GenerateOnly(s)));
        root.Subcommands.Add(Suite("micro", "BenchmarkDotNet inner loops (xlsx writers, generator).", output, (r, s) => r.Micro(s)));
        foreach (var command in InProcessBenches.Commands(output))
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(XlsxWriteChild.Command(output));
        root.Subcommands.Add(CsvReadChild.Command(output));
        return root;
    }

    /// <summary>The settings a parsed command line asks for.</summary>
    public static BenchSettings Settings(ParseResult parse)
    {
        var growth = new List<int>();
        foreach (var part in (parse.GetValue(Growth) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            growth.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new UsageException($"--growth: '{part}' is not a positive row count"));
        }
        var settings = new BenchSettings(parse.GetValue(Projects), parse.GetValue(Participants), parse.GetValue(Vouchers), parse.GetValue(Seed),
            parse.GetValue(XlsxRows), growth, string.IsNullOrWhiteSpace(parse.GetValue(Postgres)) ? null : parse.GetValue(Postgres), parse.GetValue(Cli), parse.GetValue(Work), parse.GetValue(Keep), !parse.GetValue(NoMicro));
        if (settings.Projects < 1 || settings.Participants < 0 || settings.Vouchers < 1 || settings.XlsxRows < 1)
        {
            throw new UsageException("--projects, --vouchers and --xlsx-rows must be at least 1, --participants not negative");
        }
        return settings;
    }

    /// <summary>The <c>serve</c> bench's settings a parsed command line asks for.</summary>
    public static ServeSettings ServeSettingsOf(ParseResult parse)
    {
        var serve = new ServeSettings(parse.GetValue(Requests), parse.GetValue(WarmUp), parse.GetValue(ServeDb), parse.GetValue(ServeProject));
        if (serve.Requests < 1 || serve.WarmUp < 0)
        {
            throw new UsageException("--requests must be at least 1, --warmup not negative");
        }
        if (serve.Database is { } db && !File.Exists(db))
        {
            throw new UsageException($"--serve-db: {db} does not exist");
        }
        return serve;
    }

    private static Command Suite(string name, string description, TextWriter output, Action<BenchRun, BenchSettings> body)
    {
        var command = new Command(name, description);
        command.SetAction(parse =>
        {
            var settings = Settings(parse);
            var csvRows = parse.GetValue(CsvRows) is var n and > 0 ? n : throw new UsageException("--csv-rows must be at least 1");
            using var run = new BenchRun(settings, output) { ServeSettings = ServeSettingsOf(parse), CsvRows = csvRows };
            body(run, settings);
            return 0;
        });
        return command;
    }
}

/// <summary>A command line that asks for something impossible: exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
