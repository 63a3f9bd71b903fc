using System.Security.Cryptography;
using Reporting.Core.Generation;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Import;

namespace Reporting.Tests.Generation;

/// <summary>The data generator: files the importer takes without a problem, the same bytes for the same seed, the
/// counts asked for, and records whose dates and amounts fit together.</summary>
public partial class DataGeneratorTests
{
    private static readonly GenerationSize Small = new(Projects: 12, Participants: 900, Vouchers: 4_000, Seed: 7);

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-generate-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Folder(string name) => Path.Combine(_dir, name);

    private static ImportFile[] Files(GenerationSummary summary) =>
        summary.Files.Select(f => ImportFile.Read(f.Path, Path.GetFileName(f.Path))).ToArray();

    [TestCase(HeaderLanguage.German)]
    [TestCase(HeaderLanguage.English)]
    public void Write_SmallSize_ImportsWithoutProblemOrWarningAndStoresEveryRow(HeaderLanguage headers)
    {
        var summary = DataGenerator.Write(Small with { Headers = headers }, Folder("set"));
        using var store = new SqliteStore(Folder("set.db"));

        var outcome = ImportService.Run(store, Files(summary));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.Empty);
        Assert.That(store.Count(), Is.EqualTo(summary.Files.ToDictionary(f => f.Kind, f => (int)f.Rows)));
    }

    [Test]
    public void Write_SameSeedTwice_SameBytes()
    {
        var first = DataGenerator.Write(Small, Folder("a"));
        var second = DataGenerator.Write(Small, Folder("b"));

        Assert.That(second.Files.Select(f => Hash(f.Path)), Is.EqualTo(first.Files.Select(f => Hash(f.Path))));
    }

    [Test]
    public void Write_DifferentSeed_DifferentRecordsInEveryProjectFile()
    {
        var first = DataGenerator.Write(Small, Folder("a"));
        var second = DataGenerator.Write(Small with { Seed = 8 }, Folder("b"));

        var differing = first.Files.Zip(second.Files).Where(p => Hash(p.First.Path) != Hash(p.Second.Path)).Select(p => p.First.Kind);
        Assert.That(differing, Is.EquivalentTo(new[]
        {
            RecordKind.Projects, RecordKind.BudgetLines, RecordKind.Participants, RecordKind.Placements,
            RecordKind.Expenditures, RecordKind.Disbursements,
        }), "the programs are a fixed catalogue; everything else is drawn");
    }

    [TestCase(1, 0, 0)]
    [TestCase(1, 250, 3_000)]
    [TestCase(7, 1_001, 9_999)]
    [TestCase(40, 30, 100)]
    public void Write_Sizes_ExactlyTheProjectsParticipantsAndVouchersAskedFor(int projects, long participants, long vouchers)
    {
        var summary = DataGenerator.Write(new GenerationSize(projects, participants, vouchers), Folder("set"));

        Assert.That(summary.RowsOf(RecordKind.Projects), Is.EqualTo(projects));
        Assert.That(summary.RowsOf(RecordKind.Participants), Is.EqualTo(participants));
        Assert.That(summary.RowsOf(RecordKind.Expenditures), Is.EqualTo(vouchers));
        Assert.That(summary.RowsOf(RecordKind.Programs), Is.EqualTo(8));
        Assert.That(summary.Files.Select(f => GeneratedCsv.Read(f.Path).Rows.Count), Is.EqualTo(summary.Files.Select(f => (int)f.Rows)));
    }

    [Test]
    public void Write_OnlyProject_TheSameRowsAsThatProjectHasInTheWholeSet()
    {
        var whole = DataGenerator.Write(Small, Folder("whole"));
        var id = whole.LargestProject;

        var single = DataGenerator.Write(Small with { OnlyProject = id }, Folder("single"));

        Assert.That(single.RowsOf(RecordKind.Projects), Is.EqualTo(1));
        foreach (var (all, one) in whole.Files.Zip(single.Files).Where(p => p.First.Kind != RecordKind.Programs))
        {
            var expected = GeneratedCsv.Read(all.Path).Where("Projekt-ID", id).Select(r => string.Join('|', r));
            Assert.That(GeneratedCsv.Read(one.Path).Rows.Select(r => string.Join('|', r)), Is.EqualTo(expected), one.Kind.ToString());
        }
    }

    [Test]
    public void Write_UnknownOnlyProject_ThrowsAndWritesNothing()
    {
        Assert.That(() => DataGenerator.Write(Small with { OnlyProject = "BP-LZA-00099" }, Folder("set")), Throws.ArgumentException);
        Assert.That(Directory.Exists(Folder("set")), Is.False);
    }

    [Test]
    public void Write_IntoAFolderWithEarlierFiles_ReplacesThemAndLeavesNoTemporaryFile()
    {
        DataGenerator.Write(Small with { Seed = 1 }, Folder("set"));

        var summary = DataGenerator.Write(Small, Folder("set"));

        Assert.That(Directory.GetFiles(Folder("set")).Select(Path.GetFileName),
            Is.EquivalentTo(summary.Files.Select(f => Path.GetFileName(f.Path))));
        Assert.That(summary.Files.Select(f => Hash(f.Path)),
            Is.EqualTo(DataGenerator.Write(Small, Folder("again")).Files.Select(f => Hash(f.Path))));
    }

    [TestCase(-1, 0, TestName = "Participants negative")]
    [TestCase(0, -1, TestName = "Vouchers negative")]
    public void Write_NegativeCount_Throws(long participants, long vouchers)
    {
        Assert.That(() => DataGenerator.Write(new GenerationSize(1, participants, vouchers), Folder("set")), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
