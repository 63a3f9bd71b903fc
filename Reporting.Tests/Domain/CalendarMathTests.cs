using Reporting.Core.Domain;

namespace Reporting.Tests.Domain;

public class CalendarMathTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [TestCase(9999, 12, 31, 1, TestName = "AddMonths_PastTheLastMonth_IsNull")]
    [TestCase(9999, 7, 1, 6, TestName = "AddMonths_SixMonthsAfterJuly9999_IsNull")]
    [TestCase(1, 1, 31, -1, TestName = "AddMonths_BeforeTheFirstMonth_IsNull")]
    [TestCase(1, 2, 15, -2, TestName = "AddMonths_TwoMonthsBeforeFebruaryYear1_IsNull")]
    public void AddMonths_OutsideTheCalendar_IsNull(int y, int m, int d, int months)
    {
        Assert.That(CalendarMath.AddMonths(D(y, m, d), months), Is.Null);
    }

    [Test]
    public void AddMonths_InsideTheCalendar_AsDateOnlyWithTheDayClamped()
    {
        Assert.That(CalendarMath.AddMonths(D(9999, 6, 30), 6), Is.EqualTo(D(9999, 12, 30)));
        Assert.That(CalendarMath.AddMonths(D(1, 3, 31), -1), Is.EqualTo(D(1, 2, 28)));
        Assert.That(CalendarMath.AddMonths(D(2018, 8, 31), -6), Is.EqualTo(D(2018, 2, 28)));
    }

    [Test]
    public void Months_LastMonthOfTheCalendar_EndsWithoutStepping()
    {
        Assert.That(CalendarMath.Months(D(9999, 10, 15), DateOnly.MaxValue), Is.EqualTo(new[] { (9999, 10), (9999, 11), (9999, 12) }));
    }

    [Test]
    public void Months_WholeCalendarEveryThousandYears_FirstOfEachStep()
    {
        var months = CalendarMath.Months(DateOnly.MinValue, DateOnly.MaxValue, 12_000).ToList();

        Assert.That(months, Has.Count.EqualTo(10));
        Assert.That(months[0], Is.EqualTo((1, 1)));
        Assert.That(months[^1], Is.EqualTo((9001, 1)));
        Assert.That(CalendarMath.MonthCount(DateOnly.MinValue, DateOnly.MaxValue), Is.EqualTo(119_988));
    }

    [TestCase(9999, 12, "9999-12-01", "9999-12-31", TestName = "Month_December9999_EndsOnTheLastDay")]
    [TestCase(1, 1, "0001-01-01", "0001-01-31", TestName = "Month_January1_StartsOnTheFirstDay")]
    public void Month_AtTheEdgesOfTheCalendar(int year, int month, string from, string to)
    {
        var period = ReportingPeriod.Month(year, month);

        Assert.That(period.Range.ToString(), Is.EqualTo($"{from}..{to}"));
    }

    [Test]
    public void Parse_LastQuarterOfTheCalendar_IsAPeriod()
    {
        var period = ReportingPeriod.Parse("9999-Q4").GetValueOrThrow();

        Assert.That(period.To, Is.EqualTo(DateOnly.MaxValue));
        Assert.That(ReportingPeriod.Parse("9999-12").GetValueOrThrow().To, Is.EqualTo(DateOnly.MaxValue));
    }
}
