using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Periods;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

/// <summary>Deadlines met by a submission of the proof of use (docs/figures.md, "Deadlines"; docs/audit.md).</summary>
public class SubmittedDeadlineTests
{
    private static readonly DateRange Runtime = new(D(2018, 2, 15), D(2019, 12, 31));

    private static Submission Proof(ReportingPeriod period, DateOnly on) =>
        new(new ProjectId("P"), FigureCalculator.ProofOfUseForm, period, on, DateTimeOffset.UnixEpoch, "test");

    private static ReportingPeriod Year2018 => ReportingPeriod.Year(2018).ClipTo(Runtime)!;

    [Test]
    public void Deadlines_InterimSubmittedBeforeDue_SubmittedOnTime()
    {
        var deadlines = FigureCalculator.Deadlines(Runtime, D(2019, 5, 10), null, [Proof(Year2018, D(2019, 4, 29))]);

        Assert.That(deadlines[0].Status, Is.EqualTo(DeadlineStatus.Submitted));
        Assert.That(deadlines[0].SubmittedOn, Is.EqualTo(D(2019, 4, 29)));
        Assert.That(deadlines[0].SubmittedLate, Is.False);
        Assert.That(deadlines[1].Status, Is.EqualTo(DeadlineStatus.Open));
    }

    [Test]
    public void Deadlines_InterimSubmittedAfterDue_SubmittedLate()
    {
        var deadlines = FigureCalculator.Deadlines(Runtime, D(2019, 5, 10), null, [Proof(Year2018, D(2019, 5, 2))]);

        Assert.That(deadlines[0].SubmittedLate, Is.True);
    }

    [Test]
    public void Deadlines_SubmittedAfterToday_NotYetSubmitted()
    {
        var deadlines = FigureCalculator.Deadlines(Runtime, D(2019, 5, 1), null, [Proof(Year2018, D(2019, 5, 2))]);

        Assert.That(deadlines[0].Status, Is.EqualTo(DeadlineStatus.Overdue));
        Assert.That(deadlines[0].SubmittedOn, Is.Null);
    }

    [Test]
    public void Deadlines_QuarterlyOrOtherPeriod_MeetsNoDeadline()
    {
        var quarterly = Proof(ReportingPeriod.Quarter(2018, 4), D(2019, 1, 10)) with { Form = "quarterly" };
        var wrongDays = Proof(ReportingPeriod.Year(2018), D(2019, 1, 10));

        var deadlines = FigureCalculator.Deadlines(Runtime, D(2019, 5, 10), null, [quarterly, wrongDays]);

        Assert.That(deadlines.Select(d => d.Status), Has.No.Member(DeadlineStatus.Submitted),
            "a quarterly report, and a proof for days other than the budget year cut to the runtime, meet no deadline");
    }

    [Test]
    public void NextDeadline_OverdueOneSubmitted_PointsToTheNextOpenOne()
    {
        var deadlines = FigureCalculator.Deadlines(Runtime, D(2019, 5, 10), null, [Proof(Year2018, D(2019, 5, 2))]);

        Assert.That(FigureCalculator.NextDeadline(deadlines, D(2019, 5, 10))!.Kind, Is.EqualTo(DeadlineKind.Final));
    }

    [Test]
    public void NextDeadline_AllSubmitted_TheLastOne()
    {
        var deadlines = FigureCalculator.Deadlines(Runtime, D(2021, 1, 1), null,
            [Proof(Year2018, D(2019, 4, 1)), Proof(ReportingPeriod.Runtime(Runtime), D(2020, 6, 1))]);

        var next = FigureCalculator.NextDeadline(deadlines, D(2021, 1, 1))!;

        Assert.That((next.Kind, next.Status), Is.EqualTo((DeadlineKind.Final, DeadlineStatus.Submitted)));
    }
}
