using Reporting.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

public class BatchAndDemoCommandTests
{
    private static string Manifest(ReportCli cli, bool withFailure)
    {
        var jobs = Enumerable.Range(1, 12).Select(m => $$"""{ "form": "monthly", "scope": "all", "period": "2018-{{m:D2}}", "formats": ["csv"] }""")
            .Concat(Enumerable.Range(1, 4).Select(q => $$"""{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q{{q}}", "formats": ["xlsx", "json"] }"""))
            .Append("""{ "form": "targets", "scope": "all", "period": "last-month", "formats": ["xlsx", "csv"] }""")
            .Append("""{ "form": "proof", "scope": "project:P1", "period": "runtime", "formats": ["xlsx", "pdf"] }""")
            .Append("""{ "form": "proof", "scope": "project:P1", "period": "2018", "formats": ["json"] }""")
            .Append("""{ "form": "quarterly", "scope": "region:Hagen", "period": "last-quarter", "formats": ["pdf"], "publish": true }""");
        if (withFailure)
        {
            jobs = jobs.Append("""{ "form": "quarterly", "scope": "project:GIBTESNICHT", "period": "2018-Q1", "formats": ["xlsx"] }""");
        }
        var path = Path.Combine(cli.Dir, "monthly.json");
        File.WriteAllText(path, $$"""{ "output": "exports", "jobs": [ {{string.Join(",\n", jobs)}} ] }""");
        return path;
    }

    [Test]
    public void Batch_TwentyOneJobsOneFailing_FinishesTheRestAndExitsBatchJobFailed()
    {
        using var cli = new ReportCli();

        var (code, output, error) = cli.Run("batch", Manifest(cli, withFailure: true));

        Assert.That(code, Is.EqualTo(ExitCodes.BatchJobFailed));
        Assert.That(output, Does.Contain("21 job(s): 20 done, 1 failed"));
        Assert.That(error, Does.Contain("job 21").And.Contain("no project found for project GIBTESNICHT"));
        Assert.That(File.Exists(Path.Combine(cli.Dir, "exports", "verwendungsnachweis_P1_runtime.pdf")), Is.True);
        Assert.That(File.Exists(Path.Combine(cli.Dir, "exports", "zielerreichung_all_2018-12-31.xlsx")), Is.True, "last-month of 15 Jan 2019");
        Assert.That(File.Exists(Path.Combine(cli.Dir, "exports", "batch-log.json")), Is.True);
    }

    [Test]
    public void Batch_AllGood_ExitsOkAndSecondRunIsUnchanged()
    {
        using var cli = new ReportCli();
        var manifest = Manifest(cli, withFailure: false);

        var first = cli.Run("batch", manifest);
        var second = cli.Run("batch", manifest);

        Assert.That(first.Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(second.Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(second.Out.Split('\n').Count(l => l.EndsWith(": unchanged", StringComparison.Ordinal)), Is.EqualTo(20));
    }

    [Test]
    public void Batch_StandardErrorATerminal_ShowsTheJobRunningAndPrintsEachFinishedJobOnAClearedLine()
    {
        using var cli = new ReportCli();
        using var terminal = new StringWriter();
        cli.Terminal = terminal;
        // Every look at the clock takes a second: the line is drawn at every job.
        cli.Clock = new ManualClock(TimeSpan.FromSeconds(1));

        var (code, output, error) = cli.Run("batch", Manifest(cli, withFailure: false));

        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        var shown = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()).Where(s => s.Length > 0).ToList();
        Assert.That(shown, Has.Some.StartsWith("batch: job 1 of 20, monthly ").And.Some.StartsWith("batch: job 20 of 20, "));
        Assert.That(shown, Has.All.StartsWith("batch: job ").And.All.EndsWith(" …"));
        Assert.That(terminal.ToString(), Does.Match(@"\r +\r$"), "cleared at the end");
        Assert.That(output, Does.Not.Contain("\r"));
        Assert.That(output.Split('\n').Count(l => l.StartsWith("job ", StringComparison.Ordinal)), Is.EqualTo(20));
    }

    [Test]
    public void Batch_InvalidManifest_ExitsInvalidInputAndRunsNothing()
    {
        using var cli = new ReportCli();
        var path = Path.Combine(cli.Dir, "bad.json");
        File.WriteAllText(path, """{ "jobs": [ { "form": "quarterly", "scope": "all", "period": "Sommer", "formats": ["xlsx"] } ] }""");

        var (code, _, error) = cli.Run("batch", path);

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error, Does.Contain("bad.json: jobs[0]: 'Sommer' is not a period"));
        Assert.That(Directory.Exists(Path.Combine(cli.Dir, "out")), Is.False);
    }

    [Test]
    public void Demo_OnTheSamples_ImportsEverythingAndWritesEveryForm()
    {
        using var cli = new ReportCli(seed: false);
        var (code, output, error) = RunDemo(cli);

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("imported dortmund-scla: 24 budget_lines, 9 disbursements, 417 expenditures, 292 participants, 211 placements"));
        Assert.That(output, Does.Contain("5.800.000,00 €").And.Match(@"SCLA-DO [^\n]* 210 +205 "), "the targets table: target 210, placed 205");
        var files = Directory.GetFiles(Path.Combine(cli.Dir, "demo"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        foreach (var expected in new[]
        {
            "quartalsbericht_SCLA-DO_2019-Q3.pdf", "quartalsbericht_SCLA-DO_2019-Q3.xlsx", "verwendungsnachweis_SCLA-DO_runtime.pdf",
            "verwendungsnachweis_SCLA-DO_2017.xlsx", "zielerreichung_all_2018-12-31.pdf", "monatsexport_all_2017-01-01_2020-12-31.xlsx",
            "quartalsbericht_ST-HA_2017-Q4_veroeffentlicht.pdf",
        })
        {
            Assert.That(files, Does.Contain(expected));
        }
    }

    [Test]
    public void Demo_WithoutSampleData_ExitsFiveNamingWhereItLooked()
    {
        using var cli = new ReportCli(seed: false);

        var (code, output, error) = cli.Run("demo", "--out", "demo", "--samples", "nowhere");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo($"error: sample data not found (looked in {Path.Combine(cli.Dir, "nowhere")}){Environment.NewLine}"));
        Assert.That(Directory.Exists(Path.Combine(cli.Dir, "demo")), Is.False);
    }

    private static (int Code, string Out, string Error) RunDemo(ReportCli cli)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates };
        var context = new CliContext(output, error, cli.Dir, name => env.GetValueOrDefault(name),
            new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        var code = CliApp.Run(["demo", "--out", "demo", "--samples", RepoPaths.Samples], context);
        return (code, output.ToString(), error.ToString());
    }
}
