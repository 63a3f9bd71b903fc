using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public class ImportServiceTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-import-service-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Run_NewDatabase_CreatesSchemaAndStoresEverything()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "new.db"));

        var outcome = ImportService.Run(store, GermanSampleFiles.All());

        Assert.That(outcome.Succeeded, Is.True);
        Assert.That(store.Count().Values.Sum(), Is.EqualTo(19));
    }

    [Test]
    public void Run_DryRun_StoresNothing()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "dry.db"));

        var outcome = ImportService.Run(store, GermanSampleFiles.All(), dryRun: true);

        Assert.That(outcome.Files.Sum(f => f.Added), Is.EqualTo(19));
        Assert.That(store.Count().Values.Sum(), Is.Zero);
    }

    [Test]
    public void Run_ReimportChangedRow_ReplacesTheStoredRecord()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "re.db"));
        ImportService.Run(store, GermanSampleFiles.All());

        var outcome = ImportService.Run(store, [Windows1252("Teilnehmende.csv", Lines(
            "Projekt-ID;Teilnehmer-ID;Eintritt;Austritt;Austrittsgrund",
            "SCLA;TN-0001;31.07.2018;31.01.2019;Sonstiges"))]);

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        var participants = store.Load().Find(new ProjectId("SCLA"))!.Participants;
        Assert.That(participants, Has.Count.EqualTo(3));
        Assert.That(participants.Single(p => p.Id.Value == "TN-0001").ExitReason, Is.EqualTo(ExitReason.Other));
    }

    [Test]
    public void Run_OneBadFileAmongGoodOnes_StoresNothing()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "bad.db"));
        var bad = Utf8("Mittelabrufe.csv", Lines("Projekt-ID;Abruf-Nr.;Betrag", "SCLA;1;1.450.000,001"));
        var files = GermanSampleFiles.All().Where(f => f.Name != "Mittelabrufe.csv").Append(bad).ToArray();

        var outcome = ImportService.Run(store, files);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "Mittelabrufe.csv line 2, column Betrag: '1.450.000,001' has more than two decimals (amounts are never rounded)",
        }));
        Assert.That(outcome.Batch, Is.SameAs(ImportBatch.Empty));
        Assert.That(store.Count().Values.Sum(), Is.Zero);
    }
}
