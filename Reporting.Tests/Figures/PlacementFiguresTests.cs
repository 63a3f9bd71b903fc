using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class PlacementFiguresTests
{
    private static readonly ReportingPeriod Year2018 = ReportingPeriod.Year(2018);

    [Test]
    public void Placements_SecondPlacementOfSamePerson_NotCountedAgain()
    {
        var snapshot = Snapshot(
            people: [Person("A", D(2018, 1, 1))],
            placements: [Placed("A", D(2018, 3, 1)), Placed("A", D(2018, 7, 10), PlacementKind.Apprenticeship)]);

        var march = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 3)).Placements;
        var july = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 7)).Placements;

        Assert.That((march.Placements, march.PlacementsCumulative), Is.EqualTo((1, 1)));
        Assert.That((july.Placements, july.PlacementsCumulative), Is.EqualTo((0, 1)));
        Assert.That(july.ByKind.Single(k => k.Kind == PlacementKind.Apprenticeship).Placements, Is.EqualTo(1),
            "by kind counts the person once per kind");
    }

    [Test]
    public void Placements_NonTargetPlacementBeforeTargetOne_CountsOnTargetDate()
    {
        var snapshot = Snapshot(
            people: [Person("A", D(2018, 1, 1))],
            placements: [Placed("A", D(2018, 7, 5), PlacementKind.Subsidised), Placed("A", D(2018, 8, 20))]);

        var july = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 7)).Placements;
        var august = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 8)).Placements;

        Assert.That(july.Placements, Is.EqualTo(0));
        Assert.That(july.ByKind.Single(k => k.Kind == PlacementKind.Subsidised).Placements, Is.EqualTo(1));
        Assert.That(july.ByKind.Single(k => k.Kind == PlacementKind.Subsidised).CountsTowardsTarget, Is.False);
        Assert.That(august.Placements, Is.EqualTo(1));
    }

    [Test]
    public void ByKind_SamePersonTwiceInOneKind_CountsOnceAtFirstDate()
    {
        var snapshot = Snapshot(placements: [Placed("A", D(2018, 2, 1)), Placed("A", D(2018, 5, 1)), Placed("B", D(2018, 5, 2))]);

        var may = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 5)).Placements;
        var employment = may.ByKind.Single(k => k.Kind == PlacementKind.Employment);

        Assert.That((employment.Placements, employment.PlacementsCumulative), Is.EqualTo((1, 2)));
    }

    [Test]
    public void Sustained_FlagsOfPlacedPersons_CountedAndPendingOnlyUnderSixMonths()
    {
        // to = 2018-12-31, six months before = 2018-06-30: a placement on that day is not "less than six months before".
        var snapshot = Snapshot(placements:
        [
            Placed("A", D(2018, 2, 1), sustained: true),
            Placed("B", D(2018, 6, 30)),
            Placed("C", D(2018, 7, 1)),
            Placed("D", D(2018, 12, 1), sustained: false),
            Placed("E", D(2018, 12, 31)),
            Placed("F", D(2019, 1, 2), sustained: true),
        ]);

        var f = FigureCalculator.Compute(snapshot, Year2018).Placements;

        Assert.That(f.Sustained, Is.EqualTo(1));
        Assert.That(f.SustainedPending, Is.EqualTo(2), "C and E");
    }

    [TestCase(50, TargetStatus.OnTrack, TestName = "Status_AtExpected_OnTrack")]
    [TestCase(45, TargetStatus.AtRisk, TestName = "Status_ForecastExactlyNinetyPercent_AtRisk")]
    [TestCase(44, TargetStatus.OffTrack, TestName = "Status_ForecastBelowNinetyPercent_OffTrack")]
    public void Status_HalfWayThroughRuntime(int placed, TargetStatus expected)
    {
        // 730 project days, 365 elapsed at 2018-12-31: expected 50; forecast = placed × 2.
        var (people, placements) = PlacedPeople(placed, D(2018, 6, 1));
        var f = FigureCalculator.Compute(Snapshot(people: people, placements: placements), Year2018).Placements;

        Assert.That(f.ProjectDays, Is.EqualTo(730));
        Assert.That(f.ElapsedDays, Is.EqualTo(365));
        Assert.That(f.ExpectedByNow, Is.EqualTo(50m));
        Assert.That(f.ForecastAtEnd, Is.EqualTo(placed * 2m));
        Assert.That(f.Attainment, Is.EqualTo(placed / 100m));
        Assert.That(f.Status, Is.EqualTo(expected));
    }

    [TestCase(100, TargetStatus.Met, TestName = "Status_EndedAtTarget_Met")]
    [TestCase(99, TargetStatus.Missed, TestName = "Status_EndedBelowTarget_Missed")]
    public void Status_AfterProjectEnded(int placed, TargetStatus expected)
    {
        var (people, placements) = PlacedPeople(placed, D(2019, 6, 1));
        var f = FigureCalculator.Compute(Snapshot(people: people, placements: placements), ReportingPeriod.Year(2019));

        Assert.That(f.ProjectEnded, Is.True);
        Assert.That(f.Placements.ExpectedByNow, Is.EqualTo(100m));
        Assert.That(f.Placements.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ExpectedByNow_PartialFirstQuarter_UsesDaysFromStart()
    {
        // Runtime 2018-02-15..2019-02-14: 365 days; Q1 cut to 2018-02-15..2018-03-31: 45 elapsed days.
        var project = Project(start: D(2018, 2, 15), end: D(2019, 2, 14), target: 73);
        var (people, placements) = PlacedPeople(3, D(2018, 3, 31));

        var f = FigureCalculator.Compute(Snapshot(project, people, placements), ReportingPeriod.Quarter(2018, 1)).Placements;

        Assert.That(f.ElapsedDays, Is.EqualTo(45));
        Assert.That(f.ExpectedByNow, Is.EqualTo(9m), "73 × 45 / 365");
        Assert.That(f.ForecastAtEnd, Is.EqualTo(3m * 365m / 45m));
        Assert.That(f.Status, Is.EqualTo(TargetStatus.OffTrack), "3 < 9 and forecast 24.33 < 0.9 × 73 = 65.7");
    }

    [Test]
    public void Status_NoTarget_NoneAndNoAttainment()
    {
        var f = FigureCalculator.Compute(Snapshot(Project(target: null)), Year2018).Placements;

        Assert.That((f.Status, f.Attainment, f.ExpectedByNow), Is.EqualTo(((TargetStatus?)null, (decimal?)null, (decimal?)null)));
    }
}
