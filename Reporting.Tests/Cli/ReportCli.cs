using Reporting.Cli;
using Reporting.Core.Domain;
using Reporting.Core.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>Runs the CLI in-process on a temporary database holding <see cref="SmallProject"/>, with the repository's
/// templates and a clock stopped on 15 January 2019.</summary>
internal sealed class ReportCli : IDisposable
{
    public ReportCli(bool seed = true)
    {
        if (seed)
        {
            Seed(SmallProject.Snapshot());
        }
    }

    /// <summary>A database holding exactly <paramref name="projects"/> (and their programs).</summary>
    public static ReportCli With(params ProjectSnapshot[] projects)
    {
        var cli = new ReportCli(seed: false);
        cli.Seed(projects);
        return cli;
    }

    private void Seed(params ProjectSnapshot[] projects)
    {
        using var store = StoreFactory.Open(DbPath, create: true);
        store.Migrate();
        store.Save(new ImportBatch(
            projects.Select(p => p.Program).DistinctBy(p => p.Id).ToList(), projects.Select(p => p.Project).ToList(),
            [.. projects.SelectMany(p => p.BudgetLines)], [.. projects.SelectMany(p => p.Participants)], [.. projects.SelectMany(p => p.Placements)],
            [.. projects.SelectMany(p => p.Expenditures)], [.. projects.SelectMany(p => p.Disbursements)]));
    }

    /// <summary>Ctrl+C / SIGTERM of the in-process runs: <see cref="Interrupt.Request"/> acts as the signal would.</summary>
    public Interrupt Interrupt { get; } = Interrupt.Manual();

    public string Dir { get; } = Directory.CreateTempSubdirectory("fr-report-").FullName;

    public string DbPath => Path.Combine(Dir, "test.db");

    public string Out => Path.Combine(Dir, "out");

    /// <summary>The environment the CLI sees (templates from the repository; tests may add variables).</summary>
    public Dictionary<string, string?> Environment { get; } = new() { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };

    /// <summary>The clock of the runs: stopped on 15 January 2019 by default.</summary>
    public TimeProvider Clock { get; set; } = new FixedClock(new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Standard error as a terminal (for the progress line); none by default, as when it is redirected.</summary>
    public TextWriter? Terminal { get; set; }

    public (int Code, string Out, string Error) Run(params string[] args) => RunOn(DbPath, args);

    /// <summary>Runs the command against the database <paramref name="db"/> instead of the fixture's.</summary>
    public (int Code, string Out, string Error) RunOn(string db, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Dir, name => Environment.GetValueOrDefault(name), Clock)
        {
            Interrupt = Interrupt,
            ErrorTerminal = Terminal,
            TerminalWidth = 200,
        };
        var code = CliApp.Run([.. args, "--db", db], context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Every file and folder under the output folder, relative to it, in ordinal order (temporary ones too).</summary>
    public string[] OutFiles() => Directory.Exists(Out)
        ? Directory.GetFileSystemEntries(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f)).Order(StringComparer.Ordinal).ToArray()
        : [];

    public void Dispose()
    {
        Interrupt.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
