using Reporting.Cli;

namespace Reporting.Tests.Cli;

public class BatchOutputCommandTests
{
    [Test]
    public void Batch_TwoJobsOnOnePath_ExitsInvalidInputNamingBothAndWritesNothing()
    {
        using var cli = new ReportCli();
        var manifest = Path.Combine(cli.Dir, "twice.json");
        File.WriteAllText(manifest, """
            { "output": "out", "jobs": [
              { "name": "first", "form": "targets", "scope": "all", "period": "2018", "formats": ["json"] },
              { "name": "second", "form": "targets", "scope": "all", "period": "2018-12-31..2018-12-31", "formats": ["csv", "json"] } ] }
            """);

        var (code, _, error) = cli.Run("batch", manifest);

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error.Trim(), Does.StartWith("error: jobs[0]: zielerreichung of alle Projekte (2018-12-31) and jobs[1]: zielerreichung of alle Projekte (2018-12-31)")
            .And.EndWith("zielerreichung_all_2018-12-31.json; nothing was written"));
        Assert.That(cli.OutFiles(), Is.Empty);
    }

    [Test]
    public void Batch_InterruptedBeforeItWrites_ExitsTerminatedAndLeavesTheFolderAsItWas()
    {
        using var cli = new ReportCli();
        var manifest = Path.Combine(cli.Dir, "one.json");
        File.WriteAllText(manifest, """{ "output": "out", "jobs": [ { "form": "quarterly", "scope": "all", "period": "2018-Q2", "formats": ["json"] } ] }""");
        cli.Interrupt.Request(ExitCodes.Interrupted);

        var (code, _, error) = cli.Run("batch", manifest);

        Assert.That(code, Is.EqualTo(ExitCodes.Interrupted));
        Assert.That(error.Trim(), Is.EqualTo("interrupted by SIGINT: stopped, nothing was written"));
        Assert.That(cli.OutFiles(), Is.Empty);
    }

    [Test]
    public void Batch_ManifestIsAFolder_ExitsEnvironment()
    {
        using var cli = new ReportCli();
        Directory.CreateDirectory(Path.Combine(cli.Dir, "manifest.json"));

        var (code, _, error) = cli.Run("batch", "manifest.json");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error.Trim(), Does.EndWith("manifest.json: the manifest is a folder, not a file"));
    }
}
