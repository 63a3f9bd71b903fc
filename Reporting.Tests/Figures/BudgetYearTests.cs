using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Figures;

/// <summary>Budget years (docs/figures.md "Budget years"), on <see cref="YearlyPlanProject"/>, worked out by hand.</summary>
public class BudgetYearTests
{
    private static ProofOfUse Proof(string period, bool withYears = true)
    {
        var snapshot = YearlyPlanProject.Snapshot(withYears);
        var scope = PeriodSpec.Parse(period).GetValueOrThrow().Resolve(snapshot.Project.Runtime, D("2019-08-01"));
        return FigureCalculator.ComputeProofOfUse(snapshot, scope, D("2019-08-01"));
    }

    private static ExpenseLine Line(ProofOfUse p, string category) => p.Expenses.Lines.Single(l => l.CostCategory == category);

    [Test]
    public void Zwischennachweis_YearlyPlan_ComparesTheYearsSpendingWithTheYearsPlan()
    {
        var proof = Proof("2018");

        Assert.That(Line(proof, "PERS").Planned, Is.EqualTo(Money.Euros(30_000m)));
        Assert.That(Line(proof, "PERS").Actual, Is.EqualTo(Money.Euros(25_000m)));
        Assert.That(Line(proof, "PERS").Deviation, Is.EqualTo(Money.Euros(-5_000m)));
        Assert.That(Line(proof, "SACH").Planned, Is.EqualTo(Money.Euros(10_000m)));
        Assert.That(Line(proof, "SACH").DeviationRatio, Is.EqualTo(0.3m));
        Assert.That(proof.Expenses.TotalPlanned, Is.EqualTo(Money.Euros(40_000m)));
        Assert.That(proof.Expenses.TotalActual, Is.EqualTo(Money.Euros(38_000m)));
    }

    [Test]
    public void Zwischennachweis_YearlyPlan_AppliesThe20PercentRulePerYear()
    {
        // SACH: 13,000 against 10,000 for 2018 is +30 %; against the runtime's 20,000 it would be −35 % and unflagged.
        Assert.That(Line(Proof("2018"), "SACH").OverTolerance, Is.True);
        Assert.That(Line(Proof("2018", withYears: false), "SACH").OverTolerance, Is.False);
        Assert.That(Line(Proof("2018", withYears: false), "SACH").Planned, Is.EqualTo(Money.Euros(20_000m)));
    }

    [Test]
    public void Zwischennachweis_CategoryPlannedAndSpentOnlyInOneYear_ZeroPlanInTheOtherYear()
    {
        var y2018 = Line(Proof("2018"), "COACH");
        var y2019 = Line(Proof("2019"), "COACH");

        Assert.That((y2018.Planned, y2018.Actual, y2018.DeviationRatio, y2018.OverTolerance), Is.EqualTo((Money.Zero, Money.Zero, (decimal?)null, false)));
        Assert.That((y2019.Planned, y2019.Actual, y2019.Deviation), Is.EqualTo((Money.Euros(20_000m), Money.Euros(8_000m), Money.Euros(-12_000m))));
        Assert.That(y2019.DeviationRatio, Is.EqualTo(-0.6m));
    }

    [Test]
    public void Zwischennachweis_YearlyPlan_ShowsTheRuntimePlanBeside()
    {
        var plan = Proof("2018").YearPlan!;
        var pers = plan.Lines.Single(l => l.CostCategory == "PERS");
        var coach = plan.Lines.Single(l => l.CostCategory == "COACH");

        Assert.That(plan.Year, Is.EqualTo(2018));
        Assert.That(plan.Years, Is.EqualTo(new[] { 2018, 2019 }));
        Assert.That((pers.PlannedYear, pers.PlannedRuntime, pers.PlannedThroughYear, pers.SpentThroughYear, pers.RemainingRuntime),
            Is.EqualTo((Money.Euros(30_000m), Money.Euros(60_000m), Money.Euros(30_000m), Money.Euros(25_000m), Money.Euros(35_000m))));
        Assert.That((coach.PlannedYear, coach.PlannedRuntime, coach.PlannedThroughYear), Is.EqualTo((Money.Zero, Money.Euros(20_000m), Money.Zero)));
        Assert.That((plan.TotalPlannedYear, plan.TotalPlannedRuntime, plan.TotalSpentThroughYear, plan.TotalRemainingRuntime),
            Is.EqualTo((Money.Euros(40_000m), Money.Euros(100_000m), Money.Euros(38_000m), Money.Euros(62_000m))));
    }

    [Test]
    public void Verwendungsnachweis_YearlyPlan_UsesTheRuntimePlanAsTheSumOfTheYears()
    {
        var proof = Proof("runtime");

        Assert.That(Line(proof, "PERS").Planned, Is.EqualTo(Money.Euros(60_000m)));
        Assert.That(Line(proof, "COACH").Planned, Is.EqualTo(Money.Euros(20_000m)));
        Assert.That(proof.Expenses.TotalPlanned, Is.EqualTo(Money.Euros(100_000m)));
        Assert.That(proof.YearPlan, Is.Null);
        Assert.That(proof.Vouchers.Single(g => g.CostCategory == "PERS").Label, Is.EqualTo("Kostenart PERS"));
    }

    [Test]
    public void Proof_WithoutYears_HasNoYearPlan()
    {
        Assert.That(Proof("2018", withYears: false).YearPlan, Is.Null);
    }

    [TestCase("2018-Q4", 30_000, TestName = "A quarter inside budget year 2018 uses the 2018 plan")]
    [TestCase("2019-Q1", 30_000, TestName = "A quarter inside budget year 2019 uses the 2019 plan")]
    [TestCase("2018-11-01..2019-01-31", null, TestName = "A period across the year boundary has no year plan")]
    public void CategoryFigures_Period_ApprovedBudgetYear(string period, int? expected)
    {
        var snapshot = YearlyPlanProject.Snapshot();
        var figures = FigureCalculator.Compute(snapshot, PeriodSpec.Parse(period).GetValueOrThrow().Resolve(snapshot.Project.Runtime, D("2019-08-01")));
        var pers = figures.Funding.Categories.Single(c => c.CostCategory == "PERS");

        Assert.That(pers.ApprovedBudgetYear, Is.EqualTo(expected is { } e ? Money.Euros(e) : (Money?)null));
        Assert.That(pers.Approved, Is.EqualTo(Money.Euros(60_000m)), "cumulative spending is judged against the runtime plan");
    }

    [Test]
    public void CategoryFigures_PeriodAcrossTheYearBoundary_SpentAndOverrunAgainstTheRuntimePlan()
    {
        // 2018-11-01..2019-01-31: PERS spent 25,000 (12-20) + 5,000 (01-10) = 30,000; cumulative 30,000 ≤ 60,000: no overrun.
        var snapshot = YearlyPlanProject.Snapshot();
        var figures = FigureCalculator.Compute(snapshot, ReportingPeriod.Between(D("2018-11-01"), D("2019-01-31")));
        var pers = figures.Funding.Categories.Single(c => c.CostCategory == "PERS");

        Assert.That((pers.Spent, pers.SpentCumulative, pers.Overrun), Is.EqualTo((Money.Euros(30_000m), Money.Euros(30_000m), Money.Zero)));
    }

    [Test]
    public void CategoryFigures_WithoutYears_NoApprovedBudgetYear()
    {
        var figures = FigureCalculator.Compute(YearlyPlanProject.Snapshot(withYears: false), ReportingPeriod.Quarter(2018, 4));

        Assert.That(figures.Funding.Categories.Select(c => c.ApprovedBudgetYear), Is.All.Null);
    }
}
