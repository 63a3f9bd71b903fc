using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Import;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>Budget lines by budget year, on every backend: stored and loaded with their years, keyed by project,
/// category and year, and a plan by year imported over a plan without years replaces it.</summary>
public abstract partial class StoreContractTests
{
    private static BudgetLine Line(string category, decimal euros, int? year = null) =>
        new(ProjectA, category, null, Money.Euros(euros), year);

    [Test]
    public void SaveThenLoad_BudgetLinesByYear_KeepTheirYearsAndOrder()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()], [Line("PERS", 100m, 2018), Line("PERS", 200m, 2017), Line("SACH", 50m, 2019)]));

        store.Save(Batch(budget: [Line("PERS", 150m, 2018)]));

        Assert.That(store.Load().Find(ProjectA)!.BudgetLines, Is.EqualTo(new[]
        {
            Line("PERS", 150m, 2018), Line("PERS", 200m, 2017), Line("SACH", 50m, 2019),
        }), "one line per category and year, updated in place");
        Assert.That(store.Count()[RecordKind.BudgetLines], Is.EqualTo(3));
    }

    [Test]
    public void Save_YearlyPlanOverARuntimePlan_RemovesTheLinesWithoutYear()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()], [Line("PERS", 300m), Line("SACH", 50m)]));

        store.Save(Batch(budget: [Line("PERS", 100m, 2018), Line("PERS", 200m, 2019), Line("SACH", 50m, 2018)]));

        Assert.That(store.Load().Find(ProjectA)!.BudgetLines.Select(b => (b.CostCategory, b.BudgetYear)), Is.EqualTo(new[]
        {
            ("PERS", (int?)2018), ("PERS", 2019), ("SACH", 2018),
        }));
    }

    [Test]
    public void Import_YearlyPlanOverARuntimePlan_ReplacesItAndReadsBackByYear()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()], [Line("PERS", 300m), Line("SACH", 50m)]));
        var plan = ImportFiles.Utf8("budget_lines.csv", ImportFiles.Lines("Projekt-ID;Kostenart;Bewilligt;Haushaltsjahr",
            "SCLA;PERS;100,00;2018", "SCLA;PERS;200,00;2019", "SCLA;SACH;50,00;2018"));

        var outcome = ImportService.Run(store, [plan]);
        var wrong = ImportService.Run(store, [ImportFiles.Utf8("budget_lines.csv", ImportFiles.Lines(
            "Projekt-ID;Kostenart;Bewilligt", "SCLA;PERS;300,00"))]);

        Assert.That(outcome.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(outcome.Files.Single().Added, Is.EqualTo(3));
        Assert.That(outcome.Files.Single().Changed, Is.EqualTo(2), "the two lines without a year are removed");
        Assert.That(wrong.Problems.Single().ToString(), Does.Contain("has a financing plan by budget year in the database"));
        Assert.That(store.Load().Find(ProjectA)!.BudgetLines, Is.EqualTo(new[]
        {
            Line("PERS", 100m, 2018), Line("PERS", 200m, 2019), Line("SACH", 50m, 2018),
        }));
    }
}
