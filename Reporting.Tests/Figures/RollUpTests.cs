using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class RollUpTests
{
    private static (ProjectFigures Figures, ProjectTally Tally) Figures(string id, int target, int placed, decimal spent, DateOnly? end = null)
    {
        var project = Project(id: id, target: target, end: end);
        var (people, placements) = PlacedPeople(placed, D(2018, 3, 1), id);
        var snapshot = Snapshot(project, people, placements, [Spend(id, D(2018, 3, 1), spent)]);
        var figures = FigureCalculator.Compute(snapshot, ReportingPeriod.Year(2018));
        return (figures, ProjectTally.Of(figures, project));
    }

    [Test]
    public void Attainment_SumOverSum_NotAverageOfPercentages()
    {
        var a = Figures("A", 100, 30, 1000m);
        var b = Figures("B", 20, 10, 500.50m);

        var total = RollUp.Of("program PRG", [a.Tally, b.Tally]);

        Assert.That(total.PlacementsCumulative, Is.EqualTo(40));
        Assert.That(total.TargetPlacements, Is.EqualTo(120));
        Assert.That(total.Attainment, Is.EqualTo(40m / 120m), "not (0.30 + 0.50) / 2 = 0.40");
        Assert.That(total.SpentCumulative, Is.EqualTo(E(1500.50m)));
        Assert.That(total.TotalBudget, Is.EqualTo(E(2_000_000m)));
        Assert.That(total.Entries, Is.EqualTo(40));
    }

    [Test]
    public void Status_FromSums_BehindButForecastReachesNinetyPercent_AtRisk()
    {
        // Each runs 730 days, 365 elapsed: expected 50 + 10 = 60; cumulative 52 + 3 = 55; forecast 110 ≥ 0.9 × 120 = 108.
        var a = Figures("A", 100, 52, 0m);
        var b = Figures("B", 20, 3, 0m);

        var total = RollUp.Of("all", [a.Tally, b.Tally]);

        Assert.That(a.Figures.Placements.Status, Is.EqualTo(TargetStatus.OnTrack));
        Assert.That(b.Figures.Placements.Status, Is.EqualTo(TargetStatus.OffTrack), "forecast 6 < 18");
        Assert.That((total.ExpectedByNow, total.ForecastAtEnd), Is.EqualTo(((decimal?)60m, (decimal?)110m)));
        Assert.That(total.Status, Is.EqualTo(TargetStatus.AtRisk));
    }

    [Test]
    public void Status_AllProjectsEnded_MetWhenSumReachesSumOfTargets()
    {
        var a = Figures("A", 10, 12, 0m, end: D(2018, 12, 31));
        var b = Figures("B", 10, 9, 0m, end: D(2018, 12, 31));

        var total = RollUp.Of("all", [a.Tally, b.Tally]);

        Assert.That((a.Figures.Placements.Status, b.Figures.Placements.Status), Is.EqualTo(((TargetStatus?)TargetStatus.Met, (TargetStatus?)TargetStatus.Missed)));
        Assert.That(total.Status, Is.EqualTo(TargetStatus.Met), "21 ≥ 20");
    }
}
