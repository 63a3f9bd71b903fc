using Reporting.Core.Storage;
using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Reports;
using Reporting.Tests.Support;

namespace Reporting.Tests.Reports;

/// <summary>A batch leaves exactly the files its run log lists: a failed job none of its own, a run with two outputs on
/// one path or a cancelled run nothing at all.</summary>
public class BatchOutputTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-batch-out-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private static readonly ReportContext Context =
        new(new DateOnly(2019, 1, 15), new DateTimeOffset(2019, 1, 15, 4, 0, 0, TimeSpan.FromHours(1)), RepoPaths.Templates);

    private IReadOnlyList<ReportJob> Jobs(params string[] jobs)
    {
        var path = Path.Combine(_dir, "batch.json");
        File.WriteAllText(path, $$"""{ "output": "out", "jobs": [ {{string.Join(",\n", jobs)}} ] }""");
        var (_, loaded, problems) = BatchManifestLoader.Load(path);
        Assert.That(problems, Is.Empty);
        return loaded;
    }

    private string[] Files() => Directory.Exists(Out)
        ? Directory.GetFileSystemEntries(Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
        : [];

    /// <summary>Every file the log lists, plus the log and the history.</summary>
    private string[] Logged(BatchResult result) =>
        result.Jobs.SelectMany(j => j.Files.Select(f => f.Path)).Append(BatchRunner.LogFileName).Append("batch-history.log")
            .Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Run_SameFormPublishedAndInternal_TwoFilesBothLogged()
    {
        var jobs = Jobs(
            """{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json"], "publish": true }""",
            """{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json"] }""");

        var result = BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Out, Context);

        Assert.That(result.AnyFailed, Is.False);
        Assert.That(Files(), Is.EqualTo(new[]
        {
            "batch-history.log", "batch-log.json", "quartalsbericht_P1_2018-Q2.json", "quartalsbericht_P1_2018-Q2_veroeffentlicht.json",
        }));
        Assert.That(Files(), Is.EqualTo(Logged(result)));
    }

    [Test]
    public void Run_TwoJobsWritingTheSameFile_FailsNamingBothAndWritesNothing()
    {
        var jobs = Jobs(
            """{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json", "pdf"] }""",
            """{ "name": "again", "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json"] }""");

        var e = Assert.Throws<OutputCollisionException>(() => BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Out, Context))!;

        Assert.That(e.First, Is.EqualTo("jobs[0]: quartalsbericht of P1 – Kleines Projekt (2018-Q2)"));
        Assert.That(e.Second, Does.StartWith("jobs[1]: quartalsbericht"));
        Assert.That(e.Path, Does.EndWith("quartalsbericht_P1_2018-Q2.json"));
        Assert.That(Files(), Is.Empty, "no file, no temporary file, no log");
    }

    [Test]
    public void Run_JobFailsHalfWayThroughItsFile_ItLeavesNothingAndTheFolderHoldsExactlyWhatTheLogLists()
    {
        // A second project whose amounts overflow a decimal when summed: its monthly rows fail while the CSV is being written.
        var broken = SmallProject.As("P2");
        broken = broken with
        {
            Expenditures = [.. broken.Expenditures, new Expenditure(broken.Project.Id, "X1", new DateOnly(2018, 1, 5), "PERS", Money.Euros(decimal.MaxValue), null, null),
                new Expenditure(broken.Project.Id, "X2", new DateOnly(2018, 1, 6), "PERS", Money.Euros(decimal.MaxValue), null, null)],
        };
        var data = new DataSet([broken.Program], [SmallProject.Snapshot(), broken]);
        var jobs = Jobs(
            """{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q1", "formats": ["csv", "json"] }""",
            """{ "form": "monthly", "scope": "all", "period": "2018-01", "formats": ["json", "csv"] }""",
            """{ "form": "targets", "scope": "project:P1", "period": "2018", "formats": ["json"] }""");

        var result = BatchRunner.Run(new DataSetReader(data), jobs, Out, Context);

        Assert.That(result.Jobs.Select(j => j.Status), Is.EqualTo(new[] { BatchJobStatus.Ok, BatchJobStatus.Failed, BatchJobStatus.Ok }));
        Assert.That(result.Jobs[1].Error, Does.StartWith("OverflowException"));
        Assert.That(Files(), Is.EqualTo(Logged(result)));
        Assert.That(Files().Any(f => f.StartsWith("monatsexport", StringComparison.Ordinal)), Is.False);
        using var log = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, BatchRunner.LogFileName)));
        Assert.That(log.RootElement.GetProperty("jobs")[1].GetProperty("files").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Run_Cancelled_WritesNothingNotEvenTheLog()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var jobs = Jobs("""{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json"] }""");

        Assert.That(() => BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Out, Context with { Cancellation = cancel.Token }),
            Throws.InstanceOf<OperationCanceledException>());

        Assert.That(Files(), Is.Empty);
    }

    [Test]
    public void Run_LogEditedToPointOutsideTheFolder_JobIsMadeAgain()
    {
        var jobs = Jobs("""{ "form": "quarterly", "scope": "project:P1", "period": "2018-Q2", "formats": ["json"] }""");
        BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Out, Context);
        var logPath = Path.Combine(Out, BatchRunner.LogFileName);
        File.WriteAllText(logPath, File.ReadAllText(logPath).Replace("\"quartalsbericht_P1_2018-Q2.json\"", "\"../batch.json\"", StringComparison.Ordinal));

        var second = BatchRunner.Run(new DataSetReader(SmallProject.Data()), jobs, Out, Context);

        Assert.That(second.Jobs[0].Status, Is.EqualTo(BatchJobStatus.Ok));
    }
}
