using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Storage;

/// <summary>The CLI end to end on PostgreSQL: the same import and figures give the same bytes as on a SQLite file.</summary>
public class PostgresCliTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-pgcli-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _dir, _ => null,
            new FixedClock(new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero)));
        var code = CliApp.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    private string FiguresAfterImport(string db)
    {
        var csvFiles = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "dortmund-scla"), "*.csv").Order(StringComparer.Ordinal);
        var import = Run(["import", .. csvFiles, "--db", db]);
        Assert.That(import.Code, Is.EqualTo(ExitCodes.Ok), import.Error);

        var figures = Run("figures", "--project", "SCLA-DO", "--period", "runtime", "--format", "json", "--db", db);
        Assert.That(figures.Code, Is.EqualTo(ExitCodes.Ok), figures.Error);
        return figures.Out;
    }

    [Test]
    public void ImportThenFigures_OnPostgres_GivesTheSameJsonAsOnSqlite()
    {
        var onSqlite = FiguresAfterImport(Path.Combine(_dir, "reports.db"));

        var onPostgres = FiguresAfterImport(PostgresServer.Shared.NewDatabase());

        Assert.That(onSqlite, Does.Contain("\"SCLA-DO\""));
        Assert.That(onPostgres, Is.EqualTo(onSqlite));
    }

    [Test]
    public void Figures_PostgresDatabaseNotInitialised_FailsWithEnvironmentCodeAndHint()
    {
        var db = PostgresServer.Shared.NewDatabase();

        var result = Run("figures", "--project", "SCLA-DO", "--period", "runtime", "--db", db);

        Assert.That(result.Code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(result.Error, Does.Contain("fundingreports init --db"));
    }
}
