using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;

namespace Reporting.Tests.Import;

/// <summary>The three data sets in <c>samples/</c> import without a problem or warning, so they cannot rot.</summary>
public class SampleImportTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-samples-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static string SamplesFolder()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FundingReports.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("FundingReports.sln not found"), "samples");
    }

    private static ImportFile[] SampleFiles(string set) =>
        Directory.GetFiles(Path.Combine(SamplesFolder(), set), "*.csv")
            .Order(StringComparer.Ordinal)
            .Select(path => ImportFile.Read(path, Path.GetFileName(path)))
            .ToArray();

    [TestCase("dortmund-scla")]
    [TestCase("soziale-teilhabe-nrw")]
    [TestCase("offenbach-pro-arbeit")]
    public void Samples_ImportTwice_WithoutProblemsAndWithStoredCountsEqualToRows(string set)
    {
        using var store = new SqliteStore(Path.Combine(_dir, "samples.db"));

        var outcome = ImportService.Run(store, SampleFiles(set));
        var first = store.Count();
        ImportService.Run(store, SampleFiles(set));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.Empty);
        Assert.That(outcome.Files.ToDictionary(f => f.Kind!.Value, f => f.Rows), Is.EqualTo(first));
        Assert.That(store.Count(), Is.EqualTo(first), "importing the same files twice changes nothing");
    }

    [Test]
    public void Samples_DortmundWindows1252_MatchesTheDocumentedFrame()
    {
        var outcome = CsvImporter.Validate(SampleFiles("dortmund-scla"), DataSet.Empty);

        var project = outcome.Batch.Projects.Single();
        Assert.That(project.Id, Is.EqualTo(new ProjectId("SCLA-DO")));
        Assert.That(project.Grant, Is.EqualTo(Money.Euros(5_800_000m)));
        Assert.That(project.Runtime, Is.EqualTo(new DateRange(new DateOnly(2017, 7, 1), new DateOnly(2019, 9, 30))));
        Assert.That(project.TargetPlacements, Is.EqualTo(210));
        Assert.That(outcome.Batch.Participants, Has.Count.EqualTo(292));
        Assert.That(outcome.Batch.Participants.Count(p => p.Gender == Gender.Female), Is.EqualTo(106));
        Assert.That(outcome.Batch.Placements.Count(p => p.Kind == PlacementKind.Employment), Is.EqualTo(205));
        Assert.That(outcome.Batch.Expenditures, Has.Count.EqualTo(417));
    }
}
