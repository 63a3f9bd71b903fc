using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class ParticipantFiguresTests
{
    private static readonly ReportingPeriod July = ReportingPeriod.Month(2018, 7);

    [Test]
    public void Entries_EntryOnFirstAndLastDayOfPeriod_BothCount()
    {
        var snapshot = Snapshot(people:
        [
            Person("A", D(2018, 6, 30)),
            Person("B", D(2018, 7, 1)),
            Person("C", D(2018, 7, 31)),
            Person("D", D(2018, 8, 1)),
        ]);

        var f = FigureCalculator.Compute(snapshot, July).Participants;

        Assert.That(f.Entries, Is.EqualTo(2));
        Assert.That(f.EntriesCumulative, Is.EqualTo(3));
    }

    [Test]
    public void ActiveAtEnd_ExitOnLastDayOfPeriod_NotActiveButCountedAsExit()
    {
        var snapshot = Snapshot(people:
        [
            Person("A", D(2018, 3, 1), D(2018, 7, 31), ExitReason.Placement),
            Person("B", D(2018, 3, 1), D(2018, 8, 1), ExitReason.Dropout),
            Person("C", D(2018, 3, 1)),
            Person("D", D(2018, 3, 1), D(2018, 7, 1)),
        ]);

        var f = FigureCalculator.Compute(snapshot, July).Participants;

        Assert.That(f.ActiveAtEnd, Is.EqualTo(2), "B leaves after the period, C never");
        Assert.That(f.Exits, Is.EqualTo(2), "A on the last day, D on the first");
        Assert.That(f.ExitsByReason.RowKeys, Is.EqualTo(new[] { "placement", "training", "dropout", "other", "unknown" }));
        Assert.That(f.ExitsByReason.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { 1, 0, 0, 0, 1 }));
        Assert.That(f.ExitsByReason.ColumnTotal("exits"), Is.EqualTo(2));
    }

    [Test]
    public void Occupancy_MonthWithKnownPlaces_IsPersonDaysOverDaysTimesPlaces()
    {
        // A all 31 days; B from the 11th: 21 days; C until the 5th (exit day is still active): 5 days; D after the month: 0.
        var snapshot = Snapshot(people:
        [
            Person("A", D(2018, 1, 1)),
            Person("B", D(2018, 7, 11)),
            Person("C", D(2018, 2, 1), D(2018, 7, 5)),
            Person("D", D(2018, 8, 1)),
        ]);

        var f = FigureCalculator.Compute(snapshot, July).Participants;

        Assert.That(f.Places, Is.EqualTo(10));
        Assert.That(f.Occupancy, Is.EqualTo(57m / 310m));
    }

    [Test]
    public void Occupancy_PlacesUnknown_IsNone()
    {
        var snapshot = Snapshot(project: Project(places: null), people: [Person("A", D(2018, 1, 1))]);

        Assert.That(FigureCalculator.Compute(snapshot, July).Participants.Occupancy, Is.Null);
    }

    [Test]
    public void Compute_PeriodStartsBeforeProject_IsCutToRuntimeAndKeepsLabel()
    {
        var project = Project(start: D(2018, 2, 15));
        var snapshot = Snapshot(project: project, people: [Person("A", D(2018, 2, 15)), Person("B", D(2018, 3, 31))]);

        var f = FigureCalculator.Compute(snapshot, ReportingPeriod.Quarter(2018, 1));

        Assert.That(f.Period.From, Is.EqualTo(D(2018, 2, 15)));
        Assert.That(f.Period.To, Is.EqualTo(D(2018, 3, 31)));
        Assert.That(f.Period.Label, Is.EqualTo("2018-Q1"));
        Assert.That(f.Participants.Entries, Is.EqualTo(2));
    }

    [Test]
    public void Compute_PeriodWhollyOutsideRuntime_Throws()
    {
        Assert.That(
            () => FigureCalculator.Compute(Snapshot(), ReportingPeriod.Year(2020)),
            Throws.TypeOf<PeriodOutsideRuntimeException>().With.Message.Contains("outside the runtime"));
    }
}
