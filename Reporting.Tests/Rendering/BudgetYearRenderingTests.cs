using ClosedXML.Excel;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using UglyToad.PdfPig;

namespace Reporting.Tests.Rendering;

/// <summary>The Zwischennachweis of a project with a yearly plan, rendered and read back (<see cref="YearlyPlanProject"/>).</summary>
public class BudgetYearRenderingTests
{
    private static FormDocument Proof(string period, bool withYears = true) =>
        RenderFixtures.Build(YearlyPlanProject.Data(withYears), "proof", ReportScope.Project("HJ"), period);

    [Test]
    public void ZwischennachweisXlsx_YearlyPlan_EachLineShowsTheYearsPlanAgainstTheYearsSpending()
    {
        using var workbook = new XLWorkbook(new MemoryStream(RenderFixtures.Xlsx(Proof("2018"))));
        var sheet = workbook.Worksheet("Nachweis");
        var rows = sheet.CellsUsed(c => c.GetString() == "PERS").Select(c => c.WorksheetRow()).ToList();

        Assert.That(rows, Has.Count.EqualTo(3), "PERS in the expense table, in the plan by budget year and in the chart's data");
        var expense = rows[0];
        var first = expense.CellsUsed().First(c => c.GetString() == "PERS").Address.ColumnNumber;
        Assert.That(expense.Cell(first + 2).GetValue<decimal>(), Is.EqualTo(30_000m), "planned 2018");
        Assert.That(expense.Cell(first + 3).GetValue<decimal>(), Is.EqualTo(25_000m), "actual 2018");
        Assert.That(expense.Cell(first + 4).GetValue<decimal>(), Is.EqualTo(-5_000m), "deviation");
        var plan = rows[1];
        Assert.That(plan.Cell(first + 2).GetValue<decimal>(), Is.EqualTo(30_000m), "plan of the budget year");
        Assert.That(plan.Cell(first + 3).GetValue<decimal>(), Is.EqualTo(60_000m), "plan of the runtime");
        Assert.That(plan.Cell(first + 6).GetValue<decimal>(), Is.EqualTo(35_000m), "left of the runtime plan");
        var sach = sheet.CellsUsed(c => c.GetString() == "SACH").First().WorksheetRow();
        Assert.That(sach.Cell(first + 6).GetValue<string>(), Is.EqualTo("ja").Or.EqualTo("1").Or.EqualTo("true").IgnoreCase,
            "SACH 13,000 against 10,000 for 2018 is over 20 %");
    }

    [Test]
    public void ZwischennachweisPdf_YearlyPlan_ShowsYearAndRuntimePlans()
    {
        var (pdf, _) = RenderFixtures.RenderPdf(Proof("2018"));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.That(text, Does.Contain("Haushaltsjahren"));
        Assert.That(text, Does.Contain("30.000,00 €").And.Contain("25.000,00 €").And.Contain("60.000,00 €").And.Contain("35.000,00 €"));
        Assert.That(text, Does.Contain("40.000,00 €"), "total plan of 2018");
        Assert.That(text, Does.Contain("100.000,00 €"), "total plan of the runtime");
    }

    [Test]
    public void DortmundZwischennachweis2018_SampleWithYearlyPlan_ComparesWith2018sPlan()
    {
        // samples/dortmund-scla/budget_lines.csv: PERS 2018 = 525,000.00 of 1,180,000.00; PERS paid in 2018: 544,904.23.
        var document = RenderFixtures.Build(RenderFixtures.DataSetOf("dortmund-scla"), "proof", ReportScope.Project("SCLA-DO"), "2018");
        using var workbook = new XLWorkbook(new MemoryStream(RenderFixtures.Xlsx(document)));
        var pers = workbook.Worksheet("Nachweis").CellsUsed(c => c.GetString() == "PERS").Select(c => c.CellRight(2)).ToList();

        Assert.That(pers[0].GetValue<decimal>(), Is.EqualTo(525_000m));
        Assert.That(pers[0].CellRight().GetValue<decimal>(), Is.EqualTo(544_904.23m));
        Assert.That(pers[1].CellRight().GetValue<decimal>(), Is.EqualTo(1_180_000m), "runtime plan beside the year's");
        Assert.That(RenderFixtures.Table(document, "expenses").Rows[^1].Cells[2].Number, Is.EqualTo(2_570_000m), "total plan of 2018");
    }

    [Test]
    public void DortmundZwischennachweis2018Pdf_SampleWithYearlyPlan_ShowsThe2018PlanAndSpending()
    {
        var document = RenderFixtures.Build(RenderFixtures.DataSetOf("dortmund-scla"), "proof", ReportScope.Project("SCLA-DO"), "2018");
        var (pdf, _) = RenderFixtures.RenderPdf(document);
        using var read = PdfDocument.Open(pdf);
        var text = string.Join(" ", read.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.That(text, Does.Contain("525.000,00 €"), "PERS plan of 2018");
        Assert.That(text, Does.Contain("544.904,23 €"), "PERS paid in 2018");
        Assert.That(text, Does.Contain("2.570.000,00 €"), "total plan of 2018");
        Assert.That(text, Does.Contain("2.551.764,42 €"), "total paid in 2018");
    }

    [TestCase(true, "runtime", TestName = "Verwendungsnachweis of a yearly plan")]
    [TestCase(false, "2018", TestName = "Zwischennachweis without years")]
    public void Proof_NoYearPlan_TableLeftOut(bool withYears, string period)
    {
        var document = Proof(period, withYears);

        Assert.That(document.Blocks.OfType<TableBlock>().Select(t => t.Key), Is.EqualTo(new[] { "expenses", "income", "vouchers" }));
    }
}
