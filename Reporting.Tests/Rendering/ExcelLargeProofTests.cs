using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Reports;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>A Verwendungsnachweis with 5,000 vouchers in six cost categories, read back with ClosedXML.</summary>
public sealed class ExcelLargeProofTests
{
    private const int Vouchers = 5_000;

    [Test]
    public void Xlsx_Proof5000Vouchers_BeleglisteHasEveryVoucherAndSubtotalsEqualTheExpenseTable()
    {
        var data = SyntheticProject.Data(Vouchers);
        var snapshot = data.Projects[0];
        var engine = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Runtime(snapshot.Project.Runtime), Today,
            FigureOptions.Default with { Today = Today });
        var xlsx = Xlsx(Build(data, "proof", ReportScope.Project("SYN"), "runtime"));
        var cached = CachedFormulaValues.Read(xlsx);
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = book.Worksheet("Belegliste");
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > sheet.SheetView.SplitRow).ToList();
        var dataRows = rows.Where(r => r.Cell(3).GetString().StartsWith("BX-", StringComparison.Ordinal)).ToList();
        var sums = rows.Where(r => r.Cell(7).HasFormula).Select(r => r.Cell(7)).ToList();
        var handTotal = Enumerable.Range(1, Vouchers).Sum(i => 10m + (i * 7919L % 100_000) / 100m);

        Assert.That(dataRows, Has.Count.EqualTo(Vouchers));
        Assert.That(dataRows.Select(r => r.Cell(1).GetDouble()), Is.EqualTo(Enumerable.Range(1, Vouchers).Select(i => (double)i)), "running numbers 1..5000");
        Assert.That(dataRows.Select(r => r.Cell(3).GetString()).Distinct().Count(), Is.EqualTo(Vouchers));
        Assert.That(sums, Has.Count.EqualTo(SyntheticProject.Categories + 1), "one subtotal per cost category and the grand total");
        Assert.That(sums.Take(SyntheticProject.Categories).Select(c => Subtotal(sheet, c)),
            Is.EqualTo(engine.Expenses.Lines.Select(l => l.Actual.Amount)), "recalculated subtotals = actual per category");
        Assert.That(sums.Take(SyntheticProject.Categories).Select(c => decimal.Parse(cached[("Belegliste", c.Address.ToString()!)], System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(engine.Expenses.Lines.Select(l => l.Actual.Amount)), "cached subtotals");
        Assert.That(sums[^1].FormulaA1, Does.StartWith("SUBTOTAL(9,"));
        Assert.That(Subtotal(sheet, sums[^1]), Is.EqualTo(engine.Expenses.TotalActual.Amount).And.EqualTo(handTotal));
        Assert.That(decimal.Parse(cached[("Belegliste", sums[^1].Address.ToString()!)], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(handTotal));
    }

    /// <summary>Recalculates <c>SUBTOTAL(9,range)</c> as Excel does: the sum of the range's numbers, leaving out cells
    /// that are themselves formulas (nested subtotals). ClosedXML's own evaluator needs minutes for 5,000 rows.</summary>
    private static decimal Subtotal(IXLWorksheet sheet, IXLCell cell)
    {
        var formula = cell.FormulaA1;
        Assert.That(formula, Does.Match(@"^SUBTOTAL\(9,[A-Z]+\d+:[A-Z]+\d+\)$"));
        var range = formula["SUBTOTAL(9,".Length..^1];
        return sheet.Range(range).CellsUsed().Where(c => !c.HasFormula).Sum(c => (decimal)c.GetDouble());
    }
}
