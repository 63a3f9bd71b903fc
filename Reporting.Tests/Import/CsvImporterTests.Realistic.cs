using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    [Test]
    public void GermanExcelExports_Windows1252_AreImportedCompletely()
    {
        var outcome = CsvImporter.Validate(GermanSampleFiles.All(), DataSet.Empty);

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Warnings, Is.Empty);
        Assert.That(outcome.Files.Select(f => (f.Name, f.Kind, f.Rows)), Is.EqualTo(new (string, RecordKind?, int)[]
        {
            ("Programme.csv", RecordKind.Programs, 2),
            ("Projekte.csv", RecordKind.Projects, 2),
            ("Finanzplan.csv", RecordKind.BudgetLines, 3),
            ("Teilnehmende.csv", RecordKind.Participants, 4),
            ("Vermittlungen.csv", RecordKind.Placements, 2),
            ("Ausgaben.csv", RecordKind.Expenditures, 4),
            ("Mittelabrufe.csv", RecordKind.Disbursements, 2),
        }));
        var batch = outcome.Batch;
        Assert.That(batch.Programs[0].Name, Is.EqualTo("Modellprojekte; Integration Langzeitarbeitsloser"));
        Assert.That(batch.Programs[1].LegalBasis, Is.Null);
        Assert.That(batch.Projects[0].Grant, Is.EqualTo(Money.Euros(5_800_000m)));
        Assert.That(batch.Projects[0].TotalBudget, Is.EqualTo(Money.Euros(5_920_000m)));
        Assert.That(batch.Projects[1].Id, Is.EqualTo(new ProjectId("BRÜCKE")));
        Assert.That(batch.Projects[1].Recipient, Is.EqualTo("Müller & Söhne gGmbH"));
        Assert.That(batch.Projects[1].TotalBudget, Is.EqualTo(Money.Euros(775_000.50m)));
        Assert.That(batch.Participants[0].EntryDate, Is.EqualTo(new DateOnly(2018, 7, 31)));
        Assert.That(batch.Placements[0].Kind, Is.EqualTo(PlacementKind.Employment));
        Assert.That(batch.Expenditures.Where(e => e.ProjectId.Value == "SCLA").Sum(e => e.Amount), Is.EqualTo(Money.Euros(49_250.00m)));
        Assert.That(batch.Expenditures[0].Description, Is.EqualTo("Gehälter Juli; Team A"));
        Assert.That(batch.Expenditures[1].Payee, Is.EqualTo("Bürobedarf Schäfer"));
        Assert.That(batch.Disbursements.Sum(d => d.Amount), Is.EqualTo(Money.Euros(1_600_000m)));
    }

    [Test]
    public void GermanExcelExports_SavedToSqlite_StoredCountsEqualRows()
    {
        var dir = Directory.CreateTempSubdirectory("fr-import-").FullName;
        try
        {
            using var store = new SqliteStore(Path.Combine(dir, "test.db"));
            store.Migrate();
            var outcome = CsvImporter.Validate(GermanSampleFiles.All(), store.Load());
            store.Save(outcome.Batch);

            var counts = store.Count();
            Assert.That(outcome.Files.ToDictionary(f => f.Kind!.Value, f => f.Rows), Is.EqualTo(counts));
            Assert.That(store.Load().Find(new ProjectId("BRÜCKE"))!.Project.Recipient, Is.EqualTo("Müller & Söhne gGmbH"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    [TestCase("de-DE")]
    public void GermanExcelExports_UnderHostileCulture_GiveTheSameRecords(string culture)
    {
        var expected = CsvImporter.Validate(GermanSampleFiles.All(), DataSet.Empty).Batch;
        var saved = CultureInfo.CurrentCulture;
        ImportBatch actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            actual = CsvImporter.Validate(GermanSampleFiles.All(), DataSet.Empty).Batch;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.That(actual.Count, Is.EqualTo(19));
        Assert.That(actual.Expenditures, Is.EqualTo(expected.Expenditures));
        Assert.That(actual.Participants, Is.EqualTo(expected.Participants));
        Assert.That(actual.Projects.Select(p => (p.Id, p.Grant, p.Runtime)), Is.EqualTo(expected.Projects.Select(p => (p.Id, p.Grant, p.Runtime))));
    }
}
