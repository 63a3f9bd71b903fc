using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class FundingFiguresTests
{
    private static readonly ReportingPeriod July = ReportingPeriod.Month(2018, 7);

    [Test]
    public void Spent_WithRefund_NegativeAmountReducesSpending()
    {
        var snapshot = Snapshot(spending:
        [
            Spend("V1", D(2018, 6, 1), 500m),
            Spend("V2", D(2018, 7, 10), 1000m),
            Spend("V3", D(2018, 7, 20), -200m),
            Spend("V4", D(2018, 8, 1), 999m),
        ]);

        var f = FigureCalculator.Compute(snapshot, July).Funding;

        Assert.That(f.Spent, Is.EqualTo(E(800m)));
        Assert.That(f.SpentCumulative, Is.EqualTo(E(1300m)));
        Assert.That(f.TotalBudget, Is.EqualTo(E(1_000_000m)));
        Assert.That(f.Remaining, Is.EqualTo(E(998_700m)));
        Assert.That(f.Utilisation, Is.EqualTo(0.0013m));
    }

    [Test]
    public void DisbursedCumulative_NoReceivedDate_NotReceived()
    {
        var snapshot = Snapshot(disbursements:
        [
            Received("R1", D(2018, 7, 31), 100m),
            Received("R2", null, 200m),
            Received("R3", D(2018, 8, 1), 400m),
        ]);

        Assert.That(FigureCalculator.Compute(snapshot, July).Funding.DisbursedCumulative, Is.EqualTo(E(100m)));
    }

    [TestCase(31, 700, TestName = "Overhang_ReceivedExactlyTwoMonthsBeforeTo_Counts")]
    [TestCase(30, 0, TestName = "Overhang_ReceivedOneDayLater_DoesNotCount")]
    public void Overhang_TwoMonthEdge(int receivedDayOfMonth, decimal overhang)
    {
        // to = 2018-07-31, cut-off 2018-05-31; the June money is younger than two months either way.
        var receivedOn = receivedDayOfMonth == 31 ? D(2018, 5, 31) : D(2018, 6, 1);
        var snapshot = Snapshot(
            spending: [Spend("V1", D(2018, 7, 1), 300m)],
            disbursements: [Received("R1", receivedOn, 1000m), Received("R2", D(2018, 6, 15), 5000m)]);

        var f = FigureCalculator.Compute(snapshot, July).Funding;

        Assert.That(f.OverhangCutoff, Is.EqualTo(D(2018, 5, 31)));
        Assert.That(f.Overhang, Is.EqualTo(E(overhang)));
    }

    [Test]
    public void Overhang_HorizonOption_ThreeMonths()
    {
        var snapshot = Snapshot(disbursements: [Received("R1", D(2018, 4, 30), 1000m), Received("R2", D(2018, 5, 1), 10m)]);

        var f = FigureCalculator.Compute(snapshot, July, new FigureOptions(OverhangHorizonMonths: 3)).Funding;

        Assert.That(f.Overhang, Is.EqualTo(E(1000m)));
    }

    [TestCase(1200.00, false, TestName = "CategoryOverrun_ExactlyTwentyPercent_NotFlagged")]
    [TestCase(1200.10, true, TestName = "CategoryOverrun_TwentyPointZeroOnePercent_Flagged")]
    public void CategoryOverrun_Tolerance(decimal spent, bool flagged)
    {
        var snapshot = Snapshot(lines: [Line("material", 1000m)], spending: [Spend("V1", D(2018, 7, 1), spent, "material")]);

        var c = FigureCalculator.Compute(snapshot, July).Funding.Categories.Single();

        Assert.That(c.Approved, Is.EqualTo(E(1000m)));
        Assert.That(c.Overrun, Is.EqualTo(E(spent - 1000m)));
        Assert.That(c.OverrunBeyondTolerance, Is.EqualTo(flagged));
    }

    [Test]
    public void Categories_SpendingPerCategoryAgainstApproved_IncludingCategoryWithoutLine()
    {
        var snapshot = Snapshot(
            lines: [Line("personnel", 5000m), Line("material", 1000m)],
            spending:
            [
                Spend("V1", D(2018, 6, 1), 2000m),
                Spend("V2", D(2018, 7, 1), 1000m),
                Spend("V3", D(2018, 7, 2), 50m, "travel"),
            ]);

        var categories = FigureCalculator.Compute(snapshot, July).Funding.Categories;

        Assert.That(categories.Select(c => (c.CostCategory, c.Approved, c.Spent, c.SpentCumulative, c.Overrun)), Is.EqualTo(new[]
        {
            ("material", (Money?)E(1000m), E(0m), E(0m), E(0m)),
            ("personnel", (Money?)E(5000m), E(1000m), E(3000m), E(0m)),
            ("travel", (Money?)null, E(50m), E(50m), E(50m)),
        }));
    }

    [Test]
    public void CostPerPlacement_NoPlacement_IsNone()
    {
        var snapshot = Snapshot(spending: [Spend("V1", D(2018, 7, 1), 300m)]);

        Assert.That(FigureCalculator.Compute(snapshot, July).Funding.CostPerPlacement, Is.Null);
    }

    [Test]
    public void CostPerPlacement_SpentCumulativeOverPlacementsCumulative_Unrounded()
    {
        var snapshot = Snapshot(
            spending: [Spend("V1", D(2018, 7, 1), 1000m)],
            placements: [Placed("A", D(2018, 3, 1)), Placed("B", D(2018, 7, 1)), Placed("C", D(2018, 7, 2))]);

        Assert.That(FigureCalculator.Compute(snapshot, July).Funding.CostPerPlacement, Is.EqualTo(E(1000m / 3m)));
    }
}
