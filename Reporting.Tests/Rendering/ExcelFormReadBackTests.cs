using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Every form's xlsx read back with ClosedXML shows exactly the <see cref="FormDocument"/>'s values, and its key
/// figures equal the figures engine called directly.</summary>
public sealed class ExcelFormReadBackTests
{
    private static XLWorkbook Open(FormDocument document) => new(new MemoryStream(Xlsx(document)));

    [TestCaseSource(typeof(RenderFixtures), nameof(AllCases))]
    public void Xlsx_EveryForm_CellsEqualTheFormDocument(FormCase form)
    {
        var document = form.Build();

        var readBack = WorkbookReadBack.Compare(Xlsx(document), document);

        Assert.That(readBack.Problems, Is.Empty);
        Assert.That(readBack.Checked, Is.GreaterThan(10), "values compared");
    }

    [TestCaseSource(typeof(RenderFixtures), nameof(AllCases))]
    public void Xlsx_TotalRows_AreFormulasThatEvaluateToTheEngineTotals(FormCase form)
    {
        var document = form.Build();
        var totals = document.Blocks.OfType<TableBlock>().Sum(t => t.Rows.Count(r => r.Role != RowRole.Data));

        var readBack = WorkbookReadBack.Compare(Xlsx(document), document);

        Assert.That(readBack.Problems, Is.Empty);
        Assert.That(readBack.Formulas, totals > 0 ? Is.GreaterThan(0) : Is.Zero, $"{totals} subtotal/total rows in the document");
    }

    [Test]
    public void Xlsx_QuarterlySmallProject_KeyFiguresEqualTheEngineAndTheHandWorkedValues()
    {
        var document = Build(SmallProject(), "quarterly", ReportScope.Project("P1"), "2018-Q2");
        var engine = FigureCalculator.Compute(Support.SmallProject.Snapshot(), ReportingPeriod.Quarter(2018, 2),
            FigureOptions.Default with { Today = Today });
        using var book = Open(document);

        Assert.Multiple(() =>
        {
            Assert.That(Number(book, document, "Finanzen", "spent_cumulative"), Is.EqualTo(engine.Funding.SpentCumulative.Amount).And.EqualTo(17_000m));
            Assert.That(Number(book, document, "Bericht", "placements_cumulative"), Is.EqualTo(engine.Placements.PlacementsCumulative).And.EqualTo(1));
            Assert.That(Number(book, document, "Bericht", "entries_cumulative"), Is.EqualTo(engine.Participants.EntriesCumulative).And.EqualTo(4));
            Assert.That(Number(book, document, "Finanzen", "overhang"), Is.EqualTo(engine.Funding.Overhang.Amount).And.EqualTo(3_000m));
            Assert.That(Number(book, document, "Finanzen", "remaining"), Is.EqualTo(engine.Funding.Remaining.Amount).And.EqualTo(83_000m));
        });
    }

    [Test]
    public void Xlsx_ProofSmallProject_GrantDueAndBalanceEqualTheEngine()
    {
        var document = Build(SmallProject(), "proof", ReportScope.Project("P1"), "runtime");
        var snapshot = Support.SmallProject.Snapshot();
        var engine = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Runtime(snapshot.Project.Runtime), Today, FigureOptions.Default with { Today = Today });
        using var book = Open(document);

        Assert.Multiple(() =>
        {
            Assert.That(Number(book, document, "Nachweis", "grant_due"), Is.EqualTo(engine.Payment.GrantDue.Amount).And.EqualTo(14_400m));
            Assert.That(Number(book, document, "Nachweis", "balance"), Is.EqualTo(engine.Payment.Balance.Amount).And.EqualTo(-15_600m));
            Assert.That(Number(book, document, "Nachweis", "total_actual"), Is.EqualTo(engine.Expenses.TotalActual.Amount).And.EqualTo(18_000m));
        });
    }

    [TestCaseSource(nameof(SampleProjectsSource))]
    public void Xlsx_SampleQuarterlyAndProof_KeyFiguresEqualTheEngine(string folder, string projectId, string quarter)
    {
        var data = DataSetOf(folder);
        var snapshot = data.Projects.Single(p => p.Project.Id.Value == projectId);
        var options = FigureOptions.Default with { Today = Today };
        var period = PeriodSpec.Parse(quarter).GetValueOrThrow().Resolve(snapshot.Project.Runtime, Today);
        var figures = FigureCalculator.Compute(snapshot, period, options);
        var proof = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Runtime(snapshot.Project.Runtime), Today, options);
        var quarterly = Build(data, "quarterly", ReportScope.Project(projectId), quarter);
        var proofDoc = Build(data, "proof", ReportScope.Project(projectId), "runtime");
        using var quarterlyBook = Open(quarterly);
        using var proofBook = Open(proofDoc);

        Assert.Multiple(() =>
        {
            Assert.That(Number(quarterlyBook, quarterly, "Finanzen", "spent_cumulative"), Is.EqualTo(figures.Funding.SpentCumulative.Amount));
            Assert.That(Number(quarterlyBook, quarterly, "Bericht", "placements_cumulative"), Is.EqualTo(figures.Placements.PlacementsCumulative));
            Assert.That(Number(quarterlyBook, quarterly, "Finanzen", "disbursed_cumulative"), Is.EqualTo(figures.Funding.DisbursedCumulative.Amount));
            Assert.That(Number(proofBook, proofDoc, "Nachweis", "grant_due"), Is.EqualTo(proof.Payment.GrantDue.Amount));
            Assert.That(Number(proofBook, proofDoc, "Nachweis", "balance"), Is.EqualTo(proof.Payment.Balance.Amount));
            Assert.That(Number(proofBook, proofDoc, "Nachweis", "total_actual"), Is.EqualTo(proof.Expenses.TotalActual.Amount));
        });
    }

    [TestCaseSource(nameof(TargetsSource))]
    public void Xlsx_Targets_RollUpEqualsTargetsOverview(string data, string quarter)
    {
        var set = DataSetOf(data);
        var period = PeriodSpec.Parse(quarter).GetValueOrThrow();
        var asOf = period.Resolve(new DateRange(set.Projects.Min(p => p.Project.Runtime.Start), set.Projects.Max(p => p.Project.Runtime.End)), Today).To;
        var overview = TargetsOverview.Build(ReportScope.AllProjects.Describe(), set.Projects, asOf, FigureOptions.Default with { Today = Today });
        var document = Build(set, "targets", ReportScope.AllProjects, quarter);
        using var book = Open(document);

        Assert.Multiple(() =>
        {
            Assert.That(Number(book, document, "Zielerreichung", "placements_cumulative"), Is.EqualTo(overview.Total.PlacementsCumulativeTowardsTarget));
            Assert.That(Number(book, document, "Zielerreichung", "spent_cumulative"), Is.EqualTo(overview.Total.SpentCumulative.Amount));
            Assert.That(Number(book, document, "Zielerreichung", "overhang"), Is.EqualTo(overview.Total.Overhang.Amount));
            Assert.That(Number(book, document, "Zielerreichung", "projects"), Is.EqualTo(overview.Rows.Count));
        });
    }

    [TestCaseSource(nameof(TargetsSource))]
    public void Xlsx_Monthly_EveryRowEqualsTheEngineForThatProjectAndMonth(string data, string quarter)
    {
        var set = DataSetOf(data);
        var document = Build(set, "monthly", ReportScope.AllProjects, quarter);
        var table = Table(document, "monthly");
        int Col(string key) => table.Columns.ToList().FindIndex(c => c.Key == key);
        using var book = Open(document);
        var sheet = book.Worksheet("Monatswerte");
        var row = sheet.SheetView.SplitRow + 1;
        var compared = 0;

        Assert.Multiple(() =>
        {
            for (; !sheet.Cell(row, 1).IsEmpty(); row++, compared++)
            {
                var snapshot = set.Projects.Single(p => p.Project.Id.Value == sheet.Cell(row, Col("project_id") + 1).GetString());
                var period = ReportingPeriod.Between(DateOnly.FromDateTime(sheet.Cell(row, Col("from") + 1).GetDateTime()),
                    DateOnly.FromDateTime(sheet.Cell(row, Col("to") + 1).GetDateTime()));
                var f = FigureCalculator.Compute(snapshot, period, FigureOptions.Default with { Today = Today });
                Assert.That((decimal)sheet.Cell(row, Col("spent_cumulative") + 1).GetDouble(), Is.EqualTo(f.Funding.SpentCumulative.Amount), $"row {row}");
                Assert.That(sheet.Cell(row, Col("placements_cumulative") + 1).GetDouble(), Is.EqualTo(f.Placements.PlacementsCumulative), $"row {row}");
                Assert.That(sheet.Cell(row, Col("active_at_end") + 1).GetDouble(), Is.EqualTo(f.Participants.ActiveAtEnd), $"row {row}");
            }
        });
        Assert.That(compared, Is.EqualTo(table.Rows.Count()).And.GreaterThan(0));
    }

    private static IEnumerable<TestCaseData> SampleProjectsSource() =>
        SampleProjects.Select(s => new TestCaseData(s.Folder, s.Project, s.Quarter).SetArgDisplayNames(s.Folder));

    private static IEnumerable<TestCaseData> TargetsSource() =>
        new[] { (Small, "2018-Q2") }.Concat(SampleProjects.Select(s => (s.Folder, s.Quarter)))
            .Select(s => new TestCaseData(s.Item1, s.Item2).SetArgDisplayNames(s.Item1));

    private static DataSet SmallProject() => DataSetOf(Small);

    /// <summary>The value in column B next to the field's label on a form sheet, as a decimal.</summary>
    internal static decimal Number(XLWorkbook book, FormDocument document, string sheetName, string key)
    {
        var label = Field(document, key).Label;
        var sheet = book.Worksheet(sheetName);
        var cell = sheet.Column(1).CellsUsed().First(c => c.GetString() == label).CellRight();
        return (decimal)cell.GetDouble();
    }
}
