using System.Globalization;
using Reporting.Cli;
using Reporting.Core.Domain;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Storage;

/// <summary>The CLI end to end on PostgreSQL: the same import and figures give the same bytes as on a SQLite file.</summary>
public partial class PostgresCliTests
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

    /// <summary>Imports every sample folder into <paramref name="db"/>, then asks for the figures of every project (whole
    /// runtime and its first and last quarter) and the targets overview of all projects at several dates, as JSON.</summary>
    private SortedDictionary<string, string> EverySampleProject(string db)
    {
        foreach (var folder in Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal))
        {
            var csvFiles = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
            if (csvFiles.Count > 0)
            {
                var import = Run(["import", .. csvFiles, "--db", db]);
                Assert.That(import.Code, Is.EqualTo(ExitCodes.Ok), import.Error);
            }
        }
        List<Project> projects;
        using (var store = StoreFactory.Open(db))
        using (var read = store.OpenReader())
        {
            projects = read.Projects(ReportScope.AllProjects).Select(e => e.Project).ToList();
        }
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var (start, end) = (project.Runtime.Start, project.Runtime.End);
            foreach (var period in new[] { "runtime", Quarter(start), Quarter(end) })
            {
                outputs[$"figures {project.Id} {period}"] = Json("figures", "--project", project.Id.Value, "--period", period, "--db", db);
            }
        }
        foreach (var asOf in new[] { "2016-12-31", "2018-03-31", "2018-12-31", "2019-06-30", "2021-01-01" })
        {
            outputs[$"targets {asOf}"] = Json("targets", "--as-of", asOf, "--db", db);
        }
        return outputs;
    }

    private static string Quarter(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}-Q{(d.Month - 1) / 3 + 1}");

    private string Json(params string[] args)
    {
        var result = Run([.. args, "--format", "json"]);
        Assert.That(result.Code, Is.EqualTo(ExitCodes.Ok), $"{string.Join(' ', args)}: {result.Error}");
        return result.Out;
    }

    [Test]
    public void EverySampleProject_OnPostgres_GivesTheSameFiguresAndTargetsJsonAsOnSqlite()
    {
        var postgres = PostgresServer.Shared.NewDatabase();
        var onSqlite = EverySampleProject(Path.Combine(_dir, "reports.db"));

        var onPostgres = EverySampleProject(postgres);

        Assert.That(onSqlite.Keys.Count(k => k.StartsWith("figures ", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3 * 3));
        Assert.That(onPostgres.Keys, Is.EqualTo(onSqlite.Keys));
        foreach (var (key, json) in onSqlite)
        {
            Assert.That(onPostgres[key], Is.EqualTo(json), key);
        }
    }

    [Test]
    public void EdgeCaseRecords_OnPostgres_GiveTheSameFiguresAndTargetsJsonAsOnSqlite()
    {
        string[][] commands =
        [
            ["figures", "--project", "EDGE", "--period", "runtime"],
            ["figures", "--project", "EDGE", "--period", "2018-Q2"],
            ["figures", "--project", "NOKINDS", "--period", "runtime"],
            ["targets", "--as-of", "2018-05-15"],
            ["targets", "--as-of", "2018-05-14"],
            ["targets", "--as-of", "2019-06-30"],
            ["targets", "--as-of", "2020-06-30"],
        ];
        List<string> Outputs(string db)
        {
            using (var store = StoreFactory.Open(db, create: true))
            {
                store.Migrate();
                store.Save(EdgeCaseRecords.Batch());
            }
            return commands.Select(c => Json([.. c, "--db", db])).ToList();
        }

        var postgres = PostgresServer.Shared.NewDatabase();
        var onSqlite = Outputs(Path.Combine(_dir, "edge.db"));

        var onPostgres = Outputs(postgres);

        Assert.That(onSqlite[0], Does.Contain("\"EDGE\""));
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
