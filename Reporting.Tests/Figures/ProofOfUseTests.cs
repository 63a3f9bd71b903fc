using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class ProofOfUseTests
{
    // Plan 1,700: personnel 1,000, material 500, travel 200. Grant 1,360 + own 340 = 1,700, grant_share 0.8.
    private static ProjectSnapshot Case(params Expenditure[] spending) => Snapshot(
        project: Project(grant: 1360m, own: 340m, third: 0m),
        lines: [Line("personnel", 1000m), Line("material", 500m), Line("travel", 200m)],
        spending: spending,
        disbursements: [Received("R1", D(2018, 2, 1), 1000m), Received("R2", D(2019, 1, 10), 500m)]);

    private static readonly Expenditure[] Spending2018 =
    [
        Spend("P2", D(2018, 3, 1), 500m),
        Spend("P10", D(2018, 3, 1), 700m),
        Spend("P3", D(2018, 2, 1), -100m),
        Spend("M1", D(2018, 5, 1), 300m, "material"),
        Spend("T1", D(2018, 6, 1), 260m, "travel"),
        Spend("P9", D(2019, 1, 5), 50m),
    ];

    [Test]
    public void Expenses_BudgetYear_PlannedActualDeviationAndFlags()
    {
        var proof = FigureCalculator.ComputeProofOfUse(Case(Spending2018), ReportingPeriod.Year(2018), D(2019, 1, 15));
        var e = proof.Expenses;

        Assert.That(proof.Kind, Is.EqualTo(DeadlineKind.Interim));
        Assert.That(e.Lines.Select(l => (l.CostCategory, l.Planned, l.Actual, l.Deviation, l.DeviationRatio, l.OverTolerance)), Is.EqualTo(new[]
        {
            ("material", E(500m), E(300m), E(-200m), (decimal?)-0.4m, false),
            ("personnel", E(1000m), E(1100m), E(100m), (decimal?)0.1m, false),
            ("travel", E(200m), E(260m), E(60m), (decimal?)0.3m, true),
        }));
        Assert.That((e.TotalPlanned, e.TotalActual, e.TotalDeviation), Is.EqualTo((E(1700m), E(1660m), E(-40m))));
        Assert.That((e.PositiveDeviations, e.NegativeDeviations), Is.EqualTo((E(160m), E(200m))));
        Assert.That((e.AnyLineOverTolerance, e.TotalOverPlanned, e.OverrunNotCoveredBySavings), Is.EqualTo((true, false, false)));
    }

    [TestCase(240.00, false, TestName = "ExpenseLine_ExactlyTwentyPercentOver_NotFlagged")]
    [TestCase(240.02, true, TestName = "ExpenseLine_TwentyPointZeroOnePercentOver_Flagged")]
    public void ExpenseLine_ToleranceEdge(decimal travel, bool flagged)
    {
        var proof = FigureCalculator.ComputeProofOfUse(Case(Spend("T1", D(2018, 6, 1), travel, "travel")), ReportingPeriod.Year(2018), D(2019, 1, 15));

        Assert.That(proof.Expenses.Lines.Single(l => l.CostCategory == "travel").OverTolerance, Is.EqualTo(flagged));
    }

    [Test]
    public void Income_GrantDueAndPlannedOwnShare_CoverActualExpenses()
    {
        var proof = FigureCalculator.ComputeProofOfUse(Case(Spending2018), ReportingPeriod.Year(2018), D(2019, 1, 15));

        Assert.That(proof.Payment, Is.EqualTo(new PaymentBlock(E(1360m), 0.8m, E(1328m), E(1000m), E(328m))));
        Assert.That(proof.Income.Lines.Select(l => (l.Source, l.Planned, l.PlannedShare, l.Actual, l.ActualShare)), Is.EqualTo(new[]
        {
            ("grant", E(1360m), (decimal?)0.8m, E(1328m), (decimal?)0.8m),
            ("own_funds", E(340m), (decimal?)0.2m, E(332m), (decimal?)0.2m),
            ("third_party_funds", E(0m), (decimal?)0m, E(0m), (decimal?)0m),
        }));
        Assert.That((proof.Income.TotalActual, proof.Income.CoverageDifference, proof.Income.Covered), Is.EqualTo((E(1660m), E(0m), true)));
    }

    [Test]
    public void GrantDue_ActualOverPlan_CappedAtGrantAndDeckungFails()
    {
        var proof = FigureCalculator.ComputeProofOfUse(
            Case(Spend("P1", D(2018, 3, 1), 1500m), Spend("M1", D(2019, 3, 1), 500m, "material")),
            ReportingPeriod.Runtime(new DateRange(D(2018, 1, 1), D(2019, 12, 31))), D(2020, 1, 15));

        Assert.That(proof.Kind, Is.EqualTo(DeadlineKind.Final));
        Assert.That(proof.Expenses.TotalOverPlanned, Is.True, "2,000 > 1,700");
        Assert.That(proof.Expenses.OverrunNotCoveredBySavings, Is.True, "+500 personnel vs 200 travel saved");
        Assert.That(proof.Payment.GrantDue, Is.EqualTo(E(1360m)), "min(1,360, 2,000 × 0.8 = 1,600)");
        Assert.That(proof.Payment.Received, Is.EqualTo(E(1500m)));
        Assert.That(proof.Payment.Balance, Is.EqualTo(E(-140m)), "overpaid: to be paid back");
        Assert.That(proof.Income.CoverageDifference, Is.EqualTo(E(-240m)), "1,360 + 400 − 2,000");
        Assert.That(proof.Income.Covered, Is.False);
    }

    [Test]
    public void Received_FinalStatement_IncludesTrancheArrivingAfterEndDate()
    {
        var project = Project(start: D(2018, 1, 1), end: D(2018, 12, 31), grant: 1000m, own: 0m, third: 0m);
        var snapshot = Snapshot(
            project: project,
            spending: [Spend("V1", D(2018, 12, 15), 1000m)],
            disbursements: [Received("R1", D(2018, 10, 1), 700m), Received("R2", D(2019, 1, 20), 299.50m)]);

        var proof = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Runtime(project.Runtime), D(2019, 2, 1));

        Assert.That(proof.Kind, Is.EqualTo(DeadlineKind.Final));
        Assert.That((proof.Payment.GrantDue, proof.Payment.Received, proof.Payment.Balance), Is.EqualTo((E(1000m), E(999.50m), E(0.50m))));
    }

    [Test]
    public void GrantDue_TwoThirdsShare_ExactAndCovered()
    {
        var snapshot = Snapshot(
            project: Project(grant: 200m, own: 100m, third: 0m),
            spending: [Spend("V1", D(2018, 3, 1), 100m), Spend("V2", D(2018, 4, 1), 200m)]);

        var proof = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Year(2018), D(2019, 1, 15));

        Assert.That(proof.Payment.GrantDue, Is.EqualTo(E(200m)), "300 × 200 / 300, not 300 × 0.666…667");
        Assert.That(proof.Income.Lines[1].Actual, Is.EqualTo(E(100m)));
        Assert.That(proof.Income.Covered, Is.True);
    }

    [Test]
    public void Vouchers_SortedByCategoryDateVoucher_RunningNumbersAndSubtotalsEqualActual()
    {
        var proof = FigureCalculator.ComputeProofOfUse(Case(Spending2018), ReportingPeriod.Year(2018), D(2019, 1, 15));

        var lines = proof.Vouchers.SelectMany(g => g.Vouchers).Select(v => (v.RunningNumber, v.CostCategory, v.VoucherNo));
        Assert.That(lines, Is.EqualTo(new[]
        {
            (1, "material", "M1"), (2, "personnel", "P3"), (3, "personnel", "P10"), (4, "personnel", "P2"), (5, "travel", "T1"),
        }), "P10 before P2 on the same day: ordinal voucher order; P9 is paid in 2019");
        Assert.That(proof.Vouchers.Select(g => g.Subtotal), Is.EqualTo(proof.Expenses.Lines.Select(l => l.Actual)));
    }

    [Test]
    public void Deadline_BudgetYearScope_IsItsInterimDeadline()
    {
        var proof = FigureCalculator.ComputeProofOfUse(Case(Spending2018), ReportingPeriod.Year(2018), D(2019, 4, 1));

        Assert.That(proof.Deadline, Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 2018, D(2019, 4, 30), DeadlineStatus.DueSoon)));
    }
}
