using Reporting.Core.Storage;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Tests.Support;

namespace Reporting.Tests.Forms;

/// <summary>The forms carry the engine's figures for <see cref="SmallProject"/>, worked out by hand.</summary>
public class FormBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    internal static FormTemplate Template(string form) =>
        TemplateLoader.Load(Path.Combine(RepoPaths.Templates, FormKinds.DefaultTemplateFile(form)), FormKinds.CatalogFor).Template!;

    internal static FormDocument Build(string form, string period, bool publish = false, DataSet? data = null, ReportScope? scope = null) =>
        FormBuilder.Build(new DataSetReader(data ?? SmallProject.Data()), new FormRequest(form, scope ?? ReportScope.Project("P1"),
            PeriodSpec.Parse(period).GetValueOrThrow(), Template(form), new DateOnly(2026, 11, 23), Now, publish)).Single().Document;

    private static FormValue Field(FormDocument doc, string key) =>
        doc.Blocks.OfType<FieldsBlock>().SelectMany(b => b.Fields).First(f => f.Key == key).Value;

    private static TableBlock Table(FormDocument doc, string key) => doc.Blocks.OfType<TableBlock>().Single(t => t.Key == key);

    [Test]
    public void Quarterly_SecondQuarter_ShowsTheHandWorkedFigures()
    {
        var doc = Build("quarterly", "2018-Q2");

        Assert.Multiple(() =>
        {
            Assert.That(Field(doc, "entries").Count, Is.EqualTo(1), "D entered on 10 April");
            Assert.That(Field(doc, "entries_cumulative").Count, Is.EqualTo(4), "A, B, C, D");
            Assert.That(Field(doc, "active_at_end").Count, Is.EqualTo(2), "B and D; A left on 31 May, C on 31 March");
            Assert.That(Field(doc, "exits").Count, Is.EqualTo(1), "A");
            Assert.That(Field(doc, "placements").Count, Is.EqualTo(1), "A; B's subsidised job does not count");
            Assert.That(Field(doc, "placements_cumulative").Count, Is.EqualTo(1));
            Assert.That(Field(doc, "attainment").Number, Is.EqualTo(0.1m));
            Assert.That(Field(doc, "expected_by_now").Number, Is.EqualTo(10m * 181 / 365));
            Assert.That(Field(doc, "status").Text, Is.EqualTo("nicht im Plan"), "1 < 4.96 and the forecast 2.02 < 9");
            Assert.That(Field(doc, "spent").Euro, Is.EqualTo(Money.Euros(10_000m)));
            Assert.That(Field(doc, "spent_cumulative").Euro, Is.EqualTo(Money.Euros(17_000m)), "5,000 + 2,500.50 − 500.50 + 10,000");
            Assert.That(Field(doc, "remaining").Euro, Is.EqualTo(Money.Euros(83_000m)));
            Assert.That(Field(doc, "disbursed_cumulative").Euro, Is.EqualTo(Money.Euros(20_000m)), "D2 arrived on 1 July");
            Assert.That(Field(doc, "overhang").Euro, Is.EqualTo(Money.Euros(3_000m)), "20,000 received by 30 April − 17,000 spent");
            Assert.That(doc.Header.PeriodLabel, Is.EqualTo("2018-Q2"));
            Assert.That(doc.Header.AsOf, Is.EqualTo(new DateOnly(2018, 6, 30)));
        });
    }

    [Test]
    public void Quarterly_CostCategoryTable_HasATotalRowEqualToTheSpentFigures()
    {
        var table = Table(Build("quarterly", "2018-Q2"), "cost_categories");
        var rows = table.Rows.ToList();
        int Col(string key) => table.Columns.ToList().FindIndex(c => c.Key == key);

        Assert.That(rows.Select(r => r.Cells[Col("cost_category")].Text), Is.EqualTo(new[] { "PERS", "SACH", "Summe" }));
        Assert.That(rows.Select(r => r.Cells[Col("spent_cumulative")].Euro),
            Is.EqualTo(new Money?[] { Money.Euros(15_000m), Money.Euros(2_000m), Money.Euros(17_000m) }));
        Assert.That(rows[^1].Role, Is.EqualTo(RowRole.Total));
        Assert.That(rows[^1].Cells[Col("approved")].Euro, Is.EqualTo(Money.Euros(100_000m)));
    }

    [Test]
    public void Quarterly_Published_HidesSmallCountsButKeepsTotals()
    {
        var internalDoc = Build("quarterly", "runtime");
        var published = Build("quarterly", "runtime", publish: true);
        FormRow Gender(FormDocument d, string value) =>
            Table(d, "breakdowns").Rows.First(r => r.Cells[0].Text == "Geschlecht" && r.Cells[1].Text == value);

        Assert.That(Gender(internalDoc, "männlich").Cells[2].Count, Is.EqualTo(2));
        Assert.That(Gender(published, "männlich").Cells[2].IsSuppressed, Is.True);
        Assert.That(Gender(published, "unbekannt").Cells[2].IsSuppressed, Is.True);
        Assert.That(Gender(published, "weiblich").Cells[2].Count, Is.EqualTo(3));
        Assert.That(Gender(published, "insgesamt").Cells[2].Count, Is.EqualTo(6));
        Assert.That(published.Header.Published, Is.True);
    }

    [Test]
    public void Proof_Runtime_VoucherSubtotalsEqualTheExpenseTable()
    {
        var doc = Build("proof", "runtime");
        var vouchers = Table(doc, "vouchers").Rows.ToList();
        var expenses = Table(doc, "expenses").Rows.ToList();

        Assert.That(vouchers.Where(r => r.Role == RowRole.Data).Select(r => r.Cells[2].Text), Is.EqualTo(new[] { "V1", "V4", "V5", "V2", "V3" }));
        Assert.That(vouchers.Where(r => r.Role == RowRole.Data).Select(r => r.Cells[0].Count), Is.EqualTo(new int?[] { 1, 2, 3, 4, 5 }));
        Assert.That(vouchers.Where(r => r.Role == RowRole.Subtotal).Select(r => r.Cells[6].Euro),
            Is.EqualTo(expenses.Where(r => r.Role == RowRole.Data).Select(r => r.Cells[3].Euro)));
        Assert.That(vouchers[^1].Cells[6].Euro, Is.EqualTo(Money.Euros(18_000m)));
        Assert.Multiple(() =>
        {
            Assert.That(Field(doc, "proof_kind").Text, Is.EqualTo("Verwendungsnachweis"));
            Assert.That(Field(doc, "grant_share").Number, Is.EqualTo(0.8m));
            Assert.That(Field(doc, "grant_due").Euro, Is.EqualTo(Money.Euros(14_400m)), "min(80,000; 18,000 × 80 %)");
            Assert.That(Field(doc, "received").Euro, Is.EqualTo(Money.Euros(30_000m)));
            Assert.That(Field(doc, "balance").Euro, Is.EqualTo(Money.Euros(-15_600m)));
            Assert.That(Field(doc, "balance_kind").Text, Does.StartWith("Überzahlung"));
            Assert.That(Field(doc, "deadline_due").Date, Is.EqualTo(new DateOnly(2019, 6, 30)));
        });
    }

    [Test]
    public void Proof_Narrative_IsPlacedInTheSachbericht()
    {
        var doc = FormBuilder.Build(new DataSetReader(SmallProject.Data()), new FormRequest("proof", ReportScope.Project("P1"), PeriodSpec.RuntimeSpec,
            Template("proof"), new DateOnly(2026, 11, 23), Now, Narrative: "Alles lief nach Plan.")).Single().Document;

        Assert.That(doc.Blocks.OfType<TextBlock>().Select(t => t.Text), Has.Member("Alles lief nach Plan."));
    }

    [Test]
    public void Monthly_OneRowPerMonthOfTheRuntime_CumulativeSpentMatchesQuarterly()
    {
        var doc = Build("monthly", "2017-11-01..2019-02-28", scope: ReportScope.AllProjects);
        var table = Table(doc, "monthly");
        var rows = table.Rows.ToList();
        int Col(string key) => table.Columns.ToList().FindIndex(c => c.Key == key);

        Assert.That(rows, Has.Count.EqualTo(12), "the period is cut to the runtime 2018-01..2018-12");
        Assert.That(rows[5].Cells[Col("month")].Text, Is.EqualTo("2018-06"));
        Assert.That(rows[5].Cells[Col("spent_cumulative")].Euro, Is.EqualTo(Money.Euros(17_000m)));
        Assert.That(rows[0].Cells[Col("from")].Date, Is.EqualTo(new DateOnly(2018, 1, 1)));
    }

    [Test]
    public void Build_UnknownProject_IsAFormBuildError()
    {
        Assert.That(() => Build("quarterly", "2018-Q2", scope: ReportScope.Project("NOPE")),
            Throws.TypeOf<FormBuildException>().With.Message.EqualTo("no project found for project NOPE"));
    }

    [Test]
    public void Build_NamedProjectOutsideItsRuntime_IsAnErrorThatSaysSo()
    {
        Assert.That(() => Build("quarterly", "2019-Q1"), Throws.TypeOf<FormBuildException>().With.Message.Contains("outside the runtime of project P1"));
    }

    [Test]
    public void FileName_NamesFormScopeAndPeriod()
    {
        Assert.That(FormBuilder.FileName("quarterly", "P1", "2018-Q2"), Is.EqualTo("quartalsbericht_P1_2018-Q2"));
        Assert.That(FormBuilder.FileName("proof", "P1", "2018-01-01..2018-06-30"), Is.EqualTo("verwendungsnachweis_P1_2018-01-01_2018-06-30"));
    }
}
