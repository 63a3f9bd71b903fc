using System.Text.Json;
using Reporting.Cli;

namespace Reporting.Tests.Cli;

public class FiguresTargetsCommandTests
{
    private FiguresCli _cli = null!;

    [SetUp]
    public void Seed() => _cli = new FiguresCli();

    [TearDown]
    public void Clean() => _cli.Dispose();

    [Test]
    public void Targets_AllProjectsAsOfDate_WorstFirstWithTotal()
    {
        var (code, output, error) = _cli.Run("targets", "--as-of", "2018-12-31", "--format", "json");

        Assert.That((code, error), Is.EqualTo((0, "")));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("project_id").GetString()),
            Is.EqualTo(new[] { "P2", "P1" }), "P2 has no placement (0 %), P1 has 1 of 100");
        Assert.That(root.GetProperty("total").GetProperty("target_placements").GetInt32(), Is.EqualTo(120));
        Assert.That(root.GetProperty("total").GetProperty("attainment").GetRawText(), Is.EqualTo("0.008333"), "1 / 120");
    }

    [Test]
    public void Targets_ProgramScope_OnlyThatProgram()
    {
        var (code, output, _) = _cli.Run("targets", "--program", "PRG", "--format", "csv", "--csv-style", "iso");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "P1", "total" }));
    }

    [Test]
    public void Targets_Table_ShowsScopeAndAsOfInGerman()
    {
        var (code, output, _) = _cli.Run("targets", "--region", "essen");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.StartWith("Zielerreichung region essen, Stand 15.08.2018"));
    }

    [Test]
    public void Targets_EmptyScope_NotFound()
    {
        var (code, _, error) = _cli.Run("targets", "--funder", "Bund");

        Assert.That(code, Is.EqualTo(ExitCodes.NotFound));
        Assert.That(error, Does.Contain("no project found for funder Bund"));
    }

    [Test]
    public void Targets_TwoScopes_Usage()
    {
        var (code, _, _) = _cli.Run("targets", "--program", "PRG", "--region", "Essen");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public void Targets_AsOfNotADate_Usage()
    {
        var (code, _, error) = _cli.Run("targets", "--as-of", "gestern");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("is not a date"));
    }
}
