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

    [TestCase(true, "runtime", TestName = "Verwendungsnachweis of a yearly plan")]
    [TestCase(false, "2018", TestName = "Zwischennachweis without years")]
    public void Proof_NoYearPlan_TableLeftOut(bool withYears, string period)
    {
        var document = Proof(period, withYears);

        Assert.That(document.Blocks.OfType<TableBlock>().Select(t => t.Key), Is.EqualTo(new[] { "expenses", "income", "vouchers" }));
    }
}
