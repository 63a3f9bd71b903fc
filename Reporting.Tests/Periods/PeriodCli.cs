using Reporting.Cli;
using Reporting.Core.Domain;
using Reporting.Core.Storage;
using Reporting.Tests.Cli;
using Reporting.Tests.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Periods;

/// <summary>The CLI in-process on <see cref="SmallProject"/> in a SQLite file or a PostgreSQL database, with a clock the
/// test sets (<see cref="Today"/>) and the operating-system user <c>kassenprüferin</c>.</summary>
internal sealed class PeriodCli : IDisposable
{
    public PeriodCli(string backend)
    {
        Db = backend == "postgres" ? PostgresServer.Shared.NewDatabase() : Path.Combine(Dir, "test.db");
        var s = SmallProject.Snapshot();
        using var store = StoreFactory.Open(Db, create: true);
        store.Migrate();
        store.Save(new ImportBatch([s.Program], [s.Project], s.BudgetLines, s.Participants, s.Placements, s.Expenditures, s.Disbursements));
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("fr-periods-").FullName;

    public string Db { get; }

    /// <summary>The day the commands run on (09:00 UTC).</summary>
    public DateOnly Today { get; set; } = new(2018, 4, 10);

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates, ["USER"] = "kassenprüferin" };
        var context = new CliContext(output, error, Dir, name => env.GetValueOrDefault(name),
            new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)));
        var code = CliApp.Run([.. args, "--db", Db], context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs and fails the test unless the command succeeds.</summary>
    public string Ok(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), $"{string.Join(" ", args)}: {error}");
        return output;
    }

    /// <summary>Writes a CSV file into the test folder and returns its path.</summary>
    public string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Writes <paramref name="form"/> for the period in <paramref name="format"/> into a new folder and returns the file.</summary>
    public string Report(string form, string period, string format)
    {
        var folder = Path.Combine(Dir, $"out-{Guid.NewGuid():N}");
        Ok("report", form, "--project", SmallProject.Id.Value, "--period", period, "--format", format, "--out", folder);
        return Directory.GetFiles(folder, "*." + format).Single();
    }

    public ProjectSnapshot Snapshot()
    {
        using var store = StoreFactory.Open(Db);
        using var read = store.OpenReader();
        return read.Snapshot(SmallProject.Id)!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
