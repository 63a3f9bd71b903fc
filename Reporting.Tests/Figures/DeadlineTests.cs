using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class DeadlineTests
{
    [Test]
    public void Deadlines_TwoBudgetYears_InterimFor2018AndFinalSixMonthsAfterEnd()
    {
        var deadlines = FigureCalculator.Deadlines(new DateRange(D(2018, 2, 15), D(2019, 12, 31)), D(2019, 1, 1));

        Assert.That(deadlines, Is.EqualTo(new[]
        {
            new ReportingDeadline(DeadlineKind.Interim, 2018, D(2019, 4, 30), DeadlineStatus.Open),
            new ReportingDeadline(DeadlineKind.Final, null, D(2020, 6, 30), DeadlineStatus.Open),
        }));
    }

    [Test]
    public void FinalDeadline_ArnsbergExample_EndDatePlusSixMonths()
    {
        var deadlines = FigureCalculator.Deadlines(new DateRange(D(2023, 1, 1), D(2024, 12, 15)), D(2023, 1, 1));

        Assert.That(deadlines[^1].Due, Is.EqualTo(D(2025, 6, 15)));
        Assert.That(deadlines.Select(d => d.BudgetYear), Is.EqualTo(new int?[] { 2023, null }));
    }

    [Test]
    public void FinalDeadline_MonthEndOption_EndOfSixthFollowingMonth()
    {
        var options = new FigureOptions { FinalReportAtMonthEnd = true };

        var deadlines = FigureCalculator.Deadlines(new DateRange(D(2023, 1, 1), D(2024, 12, 15)), D(2023, 1, 1), options);

        Assert.That(deadlines[^1].Due, Is.EqualTo(D(2025, 6, 30)));
    }

    [TestCase(2019, 3, 30, DeadlineStatus.Open, TestName = "DeadlineStatus_31DaysAhead_Open")]
    [TestCase(2019, 3, 31, DeadlineStatus.DueSoon, TestName = "DeadlineStatus_30DaysAhead_DueSoon")]
    [TestCase(2019, 4, 30, DeadlineStatus.DueSoon, TestName = "DeadlineStatus_OnDueDay_DueSoon")]
    [TestCase(2019, 5, 1, DeadlineStatus.Overdue, TestName = "DeadlineStatus_DayAfter_Overdue")]
    public void DeadlineStatus_RelativeToToday(int y, int m, int d, DeadlineStatus expected)
    {
        Assert.That(FigureCalculator.DeadlineStatusOf(D(2019, 4, 30), D(y, m, d)), Is.EqualTo(expected));
    }

    [Test]
    public void Deadlines_Options_OtherInterimDay()
    {
        var options = new FigureOptions(InterimReportDueMonth: 3, InterimReportDueDay: 31);

        var deadlines = FigureCalculator.Deadlines(new DateRange(D(2018, 1, 1), D(2019, 6, 30)), D(2018, 1, 1), options);

        Assert.That(deadlines[0].Due, Is.EqualTo(D(2019, 3, 31)));
    }
}
