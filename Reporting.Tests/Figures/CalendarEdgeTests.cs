using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

/// <summary>Records at the ends of the calendar: an open end of 31.12.9999, a project in year 1, huge targets.</summary>
public class CalendarEdgeTests
{
    private static readonly DateOnly OpenEnd = DateOnly.MaxValue;

    [Test]
    public void Deadlines_OpenEnd_OneInterimPerBudgetYearAndNoVerwendungsnachweis()
    {
        var deadlines = FigureCalculator.Deadlines(new DateRange(D(2018, 1, 1), OpenEnd), D(2026, 11, 23));

        Assert.That(deadlines, Has.Count.EqualTo(9999 - 2018));
        Assert.That(deadlines.All(d => d.Kind == DeadlineKind.Interim), Is.True);
        Assert.That(deadlines[0], Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 2018, D(2019, 4, 30), DeadlineStatus.Overdue)));
        Assert.That(deadlines[^1], Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 9998, D(9999, 4, 30), DeadlineStatus.Open)));
    }

    [TestCase(9999, 6, 30, "9999-12-30", TestName = "FinalReportDue_EndInJune9999_SixMonthsLater")]
    [TestCase(9999, 7, 1, null, TestName = "FinalReportDue_EndInJuly9999_BeyondTheCalendar")]
    public void FinalReportDue_NearTheEndOfTheCalendar(int y, int m, int d, string? expected)
    {
        Assert.That(FigureCalculator.FinalReportDue(D(y, m, d))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(expected));
    }

    [Test]
    public void Compute_OpenEndProject_FiguresAndNextDeadline()
    {
        var snapshot = Snapshot(Project(end: OpenEnd), spending: [Spend("V1", D(2018, 2, 1), 1_000m)]);

        var f = FigureCalculator.Compute(snapshot, ReportingPeriod.Quarter(2018, 1), new FigureOptions(Today: D(2018, 3, 31)));

        Assert.That(f.Funding.SpentCumulative, Is.EqualTo(E(1_000m)));
        Assert.That(f.Placements.ProjectDays, Is.EqualTo(OpenEnd.DayNumber - D(2018, 1, 1).DayNumber + 1));
        Assert.That(f.NextDeadline, Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 2018, D(2019, 4, 30), DeadlineStatus.Open)));
    }

    [Test]
    public void ProofOfUse_RuntimeOfAnOpenEndProject_FinalStatementWithoutDeadline()
    {
        var snapshot = Snapshot(Project(start: D(9999, 1, 1), end: OpenEnd), spending: [Spend("V1", D(9999, 12, 31), 500m)]);

        var proof = FigureCalculator.ComputeProofOfUse(snapshot, ReportingPeriod.Runtime(snapshot.Project.Runtime), D(2026, 1, 1));

        Assert.That(proof.Kind, Is.EqualTo(DeadlineKind.Final));
        Assert.That(proof.Deadline, Is.Null);
        Assert.That(proof.Expenses.TotalActual, Is.EqualTo(E(500m)));
    }

    [Test]
    public void Compute_PeriodInJanuaryOfYear1_NoOverhangCutoffAndEveryPlacementStillPending()
    {
        var (people, placements) = PlacedPeople(2, D(1, 1, 10));
        var snapshot = Snapshot(Project(start: DateOnly.MinValue, end: D(1, 12, 31)), people, placements,
            disbursements: [Received("D1", DateOnly.MinValue, 5_000m)]);

        var f = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(1, 1));

        Assert.That(f.Funding.OverhangCutoff, Is.Null, "two months before 31.01.0001 are not in the calendar");
        Assert.That(f.Funding.Overhang, Is.EqualTo(Money.Zero), "nothing was received before the cutoff");
        Assert.That(f.Placements.SustainedPending, Is.EqualTo(2));
    }

    [Test]
    public void RollUp_TargetsOfIntMaxValue_SummedWithoutOverflow()
    {
        var a = Snapshot(Project(id: "A", target: int.MaxValue));
        var b = Snapshot(Project(id: "B", target: int.MaxValue));

        var overview = TargetsOverview.Build("all", [a, b], D(2018, 6, 30));

        Assert.That(overview.Total.TargetPlacements, Is.EqualTo(2L * int.MaxValue));
    }
}
