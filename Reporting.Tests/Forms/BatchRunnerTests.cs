using Reporting.Core.Storage;
using Reporting.Core.Reports;
using Reporting.Tests.Support;

namespace Reporting.Tests.Forms;

public class BatchRunnerTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-batch-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static readonly ReportContext Context =
        new(new DateOnly(2019, 1, 15), new DateTimeOffset(2019, 1, 15, 4, 0, 0, TimeSpan.FromHours(1)), RepoPaths.Templates);

    /// <summary>21 jobs: 12 monthly exports, 4 quarterly reports, targets, two proofs of use, and two that must fail
    /// (an unknown project; a quarter outside the runtime).</summary>
    private string Manifest()
    {
        var jobs = Enumerable.Range(1, 12).Select(m => $$"""{ "form": "monthly", "scope": "all", "period": "2018-{{m:D2}}", "formats": ["csv"] }""")
            .Concat(Enumerable.Range(1, 4).Select(q => $$"""{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q{{q}}", "formats": ["json", "csv"] }"""))
            .Append("""{ "form": "targets", "scope": "program:PR", "period": "last-month", "formats": ["json"] }""")
            .Append("""{ "form": "proof", "scope": "project:P1", "period": "runtime", "formats": ["csv"] }""")
            .Append("""{ "name": "year", "form": "proof", "scope": "project:P1", "period": "2018", "formats": ["json"] }""")
            .Append("""{ "name": "unknown", "form": "quarterly", "scope": "project:NOPE", "period": "2018-Q1", "formats": ["json"] }""")
            .Append("""{ "name": "outside", "form": "quarterly", "scope": "project:P1", "period": "2019-Q1", "formats": ["json"] }""");
        var path = Path.Combine(_dir, "monthly.json");
        File.WriteAllText(path, $$"""{ "output": "out", "csv_style": "iso", "jobs": [ {{string.Join(",\n", jobs)}} ] }""");
        return path;
    }

    private BatchResult RunManifest()
    {
        var (_, jobs, problems) = BatchManifestLoader.Load(Manifest());
        Assert.That(problems, Is.Empty);
        return BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Path.Combine(_dir, "out"), Context);
    }

    [Test]
    public void Run_TwentyOneJobsTwoBad_FinishesTheOthersAndReportsTheFailures()
    {
        var result = RunManifest();

        Assert.That(result.Jobs, Has.Count.EqualTo(21));
        Assert.That(result.AnyFailed, Is.True);
        Assert.That(result.Jobs.Where(j => j.Status == BatchJobStatus.Failed).Select(j => j.Index), Is.EqualTo(new[] { 19, 20 }));
        Assert.That(result.Jobs[19].Error, Is.EqualTo("no project found for project NOPE"));
        Assert.That(result.Jobs[20].Error, Does.Contain("outside the runtime"));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "monatsexport_all_2018-07.csv")), Is.True);
        Assert.That(File.Exists(Path.Combine(_dir, "out", "zielerreichung_program-PR_2018-12-31.json")), Is.True, "last-month of 15 Jan 2019");
        var log = File.ReadAllText(result.LogPath);
        Assert.That(log, Does.Contain(result.InputHash));
        Assert.That(log, Does.Contain("\"jobs_failed\": 2"));
    }

    [Test]
    public void Run_Twice_SecondRunChangesNothing()
    {
        RunManifest();
        var before = Directory.GetFiles(Path.Combine(_dir, "out")).Where(f => !f.Contains("batch-")).ToDictionary(f => f, File.ReadAllBytes);

        var second = RunManifest();

        Assert.That(second.Jobs.Count(j => j.Status == BatchJobStatus.Unchanged), Is.EqualTo(19));
        Assert.That(second.Jobs.Count(j => j.Status == BatchJobStatus.Failed), Is.EqualTo(2));
        foreach (var (path, bytes) in before)
        {
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(bytes), path);
        }
    }

    [Test]
    public void Run_OutputFileDeleted_IsMadeAgain()
    {
        RunManifest();
        File.Delete(Path.Combine(_dir, "out", "monatsexport_all_2018-03.csv"));

        var second = RunManifest();

        Assert.That(second.Jobs[2].Status, Is.EqualTo(BatchJobStatus.Ok));
        Assert.That(File.Exists(Path.Combine(_dir, "out", "monatsexport_all_2018-03.csv")), Is.True);
    }

    [Test]
    public void Load_BadJobs_ListsEveryProblemWithItsIndex()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, """
            { "jobs": [
              { "form": "weekly", "scope": "all", "period": "2018-07", "formats": ["csv"] },
              { "form": "monthly", "scope": "city:Hagen", "period": "July", "formats": ["docx"] } ] }
            """);

        var (_, jobs, problems) = BatchManifestLoader.Load(path);

        Assert.That(jobs, Is.Empty);
        Assert.That(problems, Has.Count.EqualTo(4));
        Assert.That(problems[0], Does.StartWith("bad.json: jobs[0]: form 'weekly' is unknown"));
        Assert.That(problems[1], Does.StartWith("bad.json: jobs[1]: 'July' is not a period"));
        Assert.That(problems[2], Does.StartWith("bad.json: jobs[1]: scope 'city:Hagen' is unknown"));
        Assert.That(problems[3], Does.StartWith("bad.json: jobs[1]: formats must name"));
    }
}
