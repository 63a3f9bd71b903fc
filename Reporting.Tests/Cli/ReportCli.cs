using Reporting.Cli;
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
            using var store = StoreFactory.Open(DbPath, create: true);
            store.Migrate();
            var s = SmallProject.Snapshot();
            store.Save(new ImportBatch([s.Program], [s.Project], s.BudgetLines, s.Participants, s.Placements, s.Expenditures, s.Disbursements));
        }
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("fr-report-").FullName;

    public string DbPath => Path.Combine(Dir, "test.db");

    public string Out => Path.Combine(Dir, "out");

    /// <summary>The environment the CLI sees (templates from the repository; tests may add variables).</summary>
    public Dictionary<string, string?> Environment { get; } = new() { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Dir, name => Environment.GetValueOrDefault(name),
            new FixedClock(new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero)));
        var code = CliApp.Run([.. args, "--db", DbPath], context);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
