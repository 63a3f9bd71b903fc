using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

/// <summary>The optional budget_year / Haushaltsjahr column of budget_lines. The database (<see cref="ImportFiles.Existing"/>)
/// holds SCLA's plan for the runtime: Personal 4,000,000, Sachkosten 1,800,000.</summary>
public partial class CsvImporterTests
{
    private const string YearHeader = "Projekt-ID;Kostenart;Bezeichnung;Bewilligt;Haushaltsjahr";

    private static ImportOutcome BudgetYears(params string[] rows) => Validate(Utf8("budget_lines.csv", Lines([YearHeader, .. rows])));

    [Test]
    public void BudgetYears_AddingUpToTheStoredRuntimePlan_AreImported()
    {
        var outcome = BudgetYears("SCLA;Personal;;1.000.000,00;2017", "SCLA;Personal;;2.000.000,00;2018", "SCLA;Personal;;1.000.000,00;2019",
            "SCLA;Sachkosten;;1.800.000,00;2018");

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Batch.BudgetLines.Select(b => (b.CostCategory, b.BudgetYear, b.Approved.Amount)), Is.EqualTo(new[]
        {
            ("Personal", (int?)2017, 1_000_000m), ("Personal", 2018, 2_000_000m), ("Personal", 2019, 1_000_000m), ("Sachkosten", 2018, 1_800_000m),
        }));
    }

    [Test]
    public void BudgetYears_NotAddingUpToTheStoredRuntimeAmount_ErrorNamesTheCategory()
    {
        var outcome = BudgetYears("SCLA;Personal;;1.000.000,00;2017", "SCLA;Personal;;2.000.000,00;2018", "SCLA;Sachkosten;;1.800.000,00;2018");

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "budget_lines.csv line 2, column Bewilligt: the budget years of cost category 'Personal' of project 'SCLA' add up to "
                + "3.000.000,00 €, but its approved amount for the runtime is 4.000.000,00 €",
        }));
    }

    [Test]
    public void BudgetYears_StoredCategoryMissing_IsAnError()
    {
        var outcome = BudgetYears("SCLA;Personal;;4.000.000,00;2018");

        Assert.That(outcome.Problems.Rendered().Single(), Does.StartWith("budget_lines.csv line 2: cost category 'Sachkosten' of project 'SCLA'"));
    }

    [Test]
    public void BudgetYears_MixedWithLinesWithoutYear_IsAnErrorNamingTheOtherLine()
    {
        var outcome = BudgetYears("SCLA;Personal;;4.000.000,00;2018", "SCLA;Sachkosten;;1.800.000,00;");

        Assert.That(outcome.Problems.Rendered(), Has.Some.StartWith(
            "budget_lines.csv line 3, column Haushaltsjahr: the budget lines of project 'SCLA' are either all with a budget year or all without one; this line has none, the line on line 2"));
    }

    [Test]
    public void BudgetYears_YearOutsideTheRuntime_IsAnError()
    {
        var outcome = BudgetYears("SCLA;Personal;;4.000.000,00;2020", "SCLA;Sachkosten;;1.800.000,00;2018");

        Assert.That(outcome.Problems.Rendered(), Has.Some.EqualTo(
            "budget_lines.csv line 2, column Haushaltsjahr: budget year 2020 lies outside the runtime of project 'SCLA' (2017–2019)"));
    }

    [Test]
    public void BudgetYears_SameCategoryAndYearTwice_IsADuplicate()
    {
        var outcome = BudgetYears("SCLA;Personal;;2.000.000,00;2018", "SCLA;Personal;;2.000.000,00;2018", "SCLA;Sachkosten;;1.800.000,00;2018");

        Assert.That(outcome.Problems.Rendered(), Has.Some.Contains("cost category 'Personal' of project 'SCLA' for budget year 2018 appears twice"));
    }

    [Test]
    public void BudgetYears_SavedOverARuntimePlan_ReplaceItAndLoadBackWithTheirYears()
    {
        using var store = new SqliteStore(":memory:");
        store.Migrate();
        var existing = Existing();
        var s = existing.Projects[0];
        store.Save(new ImportBatch(existing.Programs, [s.Project], s.BudgetLines, [], [], [], []));
        var outcome = CsvImporter.Validate([Utf8("budget_lines.csv", Lines(YearHeader, "SCLA;Personal;;1.500.000,00;2018",
            "SCLA;Personal;;2.500.000,00;2019", "SCLA;Sachkosten;;1.800.000,00;2019"))], store.Load());
        Assert.That(outcome.Problems.Rendered(), Is.Empty);

        store.Save(outcome.Batch);
        var lines = store.Load().Projects[0].BudgetLines;

        Assert.That(lines.Select(b => (b.CostCategory, b.BudgetYear, b.Approved.Amount)), Is.EqualTo(new[]
        {
            ("Personal", (int?)2018, 1_500_000m), ("Personal", 2019, 2_500_000m), ("Sachkosten", 2019, 1_800_000m),
        }));
    }

    [Test]
    public void BudgetYears_LineWithProblems_NoSumErrorForItsCategory()
    {
        var outcome = BudgetYears("SCLA;Personal;;4.000.000,00;2018", "SCLA;Personal;;x;2019", "SCLA;Sachkosten;;1.800.000,00;2018");

        Assert.That(outcome.Problems.Rendered(), Has.Length.EqualTo(1));
        Assert.That(outcome.Problems.Rendered().Single(), Does.StartWith("budget_lines.csv line 3, column Bewilligt: "));
    }

    [Test]
    public void BudgetYears_RuntimeLineOnAStoredYearlyPlan_IsAnError()
    {
        var existing = Existing();
        var s = existing.Projects[0];
        var yearly = new DataSet(existing.Programs, [s with { BudgetLines = [new BudgetLine(s.Project.Id, "Personal", null, Money.Euros(5_800_000m), 2018)] }]);

        var outcome = CsvImporter.Validate([Utf8("budget_lines.csv", Lines(YearHeader, "SCLA;Personal;;5.800.000,00;"))], yearly);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "budget_lines.csv line 2, column Haushaltsjahr: project 'SCLA' has a financing plan by budget year in the database; give this line a budget year",
        }));
    }

    [Test]
    public void BudgetYears_EnglishHeaderAndCommaFile_AreImported()
    {
        var outcome = Validate(Utf8("plan.csv", Lines("project_id,cost_category,approved_amount,budget_year",
            "SCLA,Personal,4000000,2018", "SCLA,Sachkosten,1800000.00,2019")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Batch.BudgetLines.Select(b => b.BudgetYear), Is.EqualTo(new int?[] { 2018, 2019 }));
    }

    [Test]
    public void BudgetYears_StreamedIntoSqliteOverARuntimePlan_ReplaceItCountingTheRemovedLinesAsChanged()
    {
        var dir = Directory.CreateTempSubdirectory("fr-years-").FullName;
        try
        {
            using var store = new SqliteStore(Path.Combine(dir, "y.db"));
            store.Migrate();
            var existing = Existing();
            var s = existing.Projects[0];
            store.Save(new ImportBatch(existing.Programs, [s.Project], s.BudgetLines, [], [], [], []));
            var files = new[]
            {
                Utf8("budget_lines.csv", Lines(YearHeader, "SCLA;Personal;;1.500.000,00;2018", "SCLA;Personal;;2.500.000,00;2019",
                    "SCLA;Sachkosten;;1.800.000,00;2019")),
            };

            var outcome = ImportService.Run(store, files);
            var again = ImportService.Run(store, files);

            Assert.That(outcome.Problems.Rendered(), Is.Empty);
            Assert.That(outcome.Files.Single(), Is.EqualTo(new ImportFileSummary("budget_lines.csv", RecordKind.BudgetLines, 3)
            {
                Added = 3, Changed = 2, Unchanged = 0,
            }), "the two lines without a year are removed");
            Assert.That(again.Files.Single(), Is.EqualTo(new ImportFileSummary("budget_lines.csv", RecordKind.BudgetLines, 3)
            {
                Added = 0, Changed = 0, Unchanged = 3,
            }));
            Assert.That(store.Load().Projects[0].BudgetLines.Select(b => (b.CostCategory, b.BudgetYear, b.Approved.Amount)), Is.EqualTo(new[]
            {
                ("Personal", (int?)2018, 1_500_000m), ("Personal", 2019, 2_500_000m), ("Sachkosten", 2019, 1_800_000m),
            }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void BudgetYears_StreamedIntoSqliteNotAddingUp_StoreNothing()
    {
        var dir = Directory.CreateTempSubdirectory("fr-years-").FullName;
        try
        {
            using var store = new SqliteStore(Path.Combine(dir, "y.db"));
            store.Migrate();
            var existing = Existing();
            var s = existing.Projects[0];
            store.Save(new ImportBatch(existing.Programs, [s.Project], s.BudgetLines, [], [], [], []));

            var outcome = ImportService.Run(store, [Utf8("budget_lines.csv", Lines(YearHeader, "SCLA;Personal;;1.500.000,00;2018",
                "SCLA;Sachkosten;;1.800.000,00;2019"))]);

            Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
            {
                "budget_lines.csv line 2, column Bewilligt: the budget years of cost category 'Personal' of project 'SCLA' add up to "
                    + "1.500.000,00 €, but its approved amount for the runtime is 4.000.000,00 €",
            }));
            Assert.That(store.Load().Projects[0].BudgetLines, Is.EqualTo(s.BudgetLines));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
