using System.Text.Json;
using Reporting.Cli;
using Reporting.Core.Domain;
using Reporting.Core.Storage;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Cli;

/// <summary>A clock stopped at one instant, in UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Runs the CLI in-process on a temporary database seeded with two projects.</summary>
internal sealed class FiguresCli : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fr-figures-").FullName;

    public FiguresCli()
    {
        var dortmund = Project(id: "P1", program: "PRG");
        var essen = Project(id: "P2", program: "OTHER", target: 20) with { Region = "Essen" };
        using var store = StoreFactory.Open(DbPath, create: true);
        store.Migrate();
        store.Save(new ImportBatch(
            [new FundingProgram(new ProgramId("PRG"), "Programm", "Land", null), new FundingProgram(new ProgramId("OTHER"), "Anderes", "ESF", null)],
            [dortmund, essen],
            [Line("personnel", 600_000m)],
            [Person("A", D(2018, 7, 1), gender: Gender.Female), Person("B", D(2018, 7, 2), gender: Gender.Male), Person("C", D(2018, 7, 3), gender: Gender.Female)],
            [Placed("A", D(2018, 7, 20))],
            [Spend("V1", D(2018, 7, 1), 1234.5m), Spend("V2", D(2018, 7, 5), -0.5m)],
            [Received("R1", D(2018, 5, 31), 10_000m)]));
    }

    public string DbPath => Path.Combine(_dir, "test.db");

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _dir, _ => null, new FixedClock(new DateTimeOffset(2018, 8, 15, 9, 0, 0, TimeSpan.Zero)));
        var code = CliApp.Run([.. args, "--db", DbPath], context);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

public class FiguresCommandTests
{
    private FiguresCli _cli = null!;

    [SetUp]
    public void Seed() => _cli = new FiguresCli();

    [TearDown]
    public void Clean() => _cli.Dispose();

    [Test]
    public void Figures_Json_WritesFiguresOfTheStoredProject()
    {
        var (code, output, error) = _cli.Run("figures", "--project", "P1", "--period", "2018-07", "--format", "json");

        Assert.That((code, error), Is.EqualTo((0, "")));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("participants").GetProperty("entries").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("funding").GetProperty("spent").GetRawText(), Is.EqualTo("1234.00"));
        Assert.That(root.GetProperty("placements").GetProperty("placements").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Figures_LastMonth_ResolvedAgainstTheContextClock()
    {
        var (code, output, _) = _cli.Run("figures", "--project", "P1", "--period", "last-month", "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(JsonDocument.Parse(output).RootElement.GetProperty("period").GetProperty("label").GetString(), Is.EqualTo("2018-07"));
    }

    [Test]
    public void Figures_PublishCsvIso_SuppressesSmallBreakdownCells()
    {
        var (code, output, _) = _cli.Run("figures", "--project", "P1", "--period", "2018-07", "--format", "csv", "--csv-style", "iso", "--publish");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.StartWith("section,figure,key,value\r\n"));
        Assert.That(output, Does.Contain("breakdown_gender,entries,f,*\r\n"));
        Assert.That(output, Does.Contain("breakdown_gender,entries,m,*\r\n"));
        Assert.That(output, Does.Contain("breakdown_gender,entries,total,3\r\n"));
    }

    [Test]
    public void Figures_Table_GermanFormats()
    {
        var (code, output, _) = _cli.Run("figures", "--project", "P1", "--period", "2018-07");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("1.000.000,00 €"));
    }

    [Test]
    public void Figures_AsOf_JudgesDeadlinesAgainstThatDay()
    {
        var (code, output, _) = _cli.Run("figures", "--project", "P1", "--period", "2018", "--as-of", "10.04.2019", "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("today").GetString(), Is.EqualTo("2019-04-10"));
        Assert.That(root.GetProperty("next_deadline").GetProperty("status").GetString(), Is.EqualTo("due_soon"), "2018 interim report due 30.04.2019");
    }

    [Test]
    public void Figures_PublishJson_ExitsAndBreakdownsStarredEurosExact()
    {
        var (code, output, _) = _cli.Run("figures", "--project", "P1", "--period", "2018-07", "--format", "json", "--publish");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("published").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("breakdowns").GetProperty("gender").GetProperty("f").GetProperty("entries").GetString(), Is.EqualTo("*"));
        Assert.That(root.GetProperty("funding").GetProperty("overhang").GetRawText(), Is.EqualTo("8766.00"));
    }

    [Test]
    public void Figures_UnknownProject_NotFound()
    {
        var (code, output, error) = _cli.Run("figures", "--project", "NOPE", "--period", "2018-07");

        Assert.That(code, Is.EqualTo(ExitCodes.NotFound));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("error: project 'NOPE' not found in the database" + Environment.NewLine));
    }

    [TestCase("2018-13", TestName = "Figures_PeriodThatDoesNotParse_Usage")]
    [TestCase("2025", TestName = "Figures_PeriodOutsideRuntime_Usage")]
    public void Figures_BadPeriod_Usage(string period)
    {
        var (code, _, error) = _cli.Run("figures", "--project", "P1", "--period", period);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.StartWith("error: "));
    }

    [Test]
    public void Figures_UnknownFormat_Usage()
    {
        var (code, _, _) = _cli.Run("figures", "--project", "P1", "--format", "xml");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }
}
