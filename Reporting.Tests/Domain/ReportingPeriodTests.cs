using Reporting.Core.Domain;

namespace Reporting.Tests.Domain;

public class ReportingPeriodTests
{
    [TestCase("2018-07", "2018-07-01", "2018-07-31", TestName = "Month")]
    [TestCase("2018-02", "2018-02-01", "2018-02-28", TestName = "Month, February of a common year")]
    [TestCase("2020-02", "2020-02-01", "2020-02-29", TestName = "Month, February of a leap year")]
    [TestCase("2018-Q3", "2018-07-01", "2018-09-30", TestName = "Quarter")]
    [TestCase("2018-q4", "2018-10-01", "2018-12-31", TestName = "Quarter, lower-case q")]
    [TestCase("2018", "2018-01-01", "2018-12-31", TestName = "Year")]
    [TestCase("2018-01-01..2018-06-30", "2018-01-01", "2018-06-30", TestName = "Explicit range")]
    [TestCase("01.01.2018..30.06.2018", "2018-01-01", "2018-06-30", TestName = "Explicit range, German dates")]
    public void Parse_FixedPeriod_GivesClosedRange(string text, string from, string to)
    {
        var period = ReportingPeriod.Parse(text).GetValueOrThrow();

        Assert.That(period.From, Is.EqualTo(DateOnly.Parse(from)));
        Assert.That(period.To, Is.EqualTo(DateOnly.Parse(to)));
        Assert.That(period.AsOf, Is.EqualTo(period.To));
    }

    [TestCase("2018-13")]
    [TestCase("2018-Q5")]
    [TestCase("2018-06-30..2018-01-01")]
    [TestCase("July 2018")]
    [TestCase("")]
    public void Parse_Nonsense_FailsWithMessage(string text)
    {
        var result = PeriodSpec.Parse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Is.Not.Empty);
    }

    [TestCase("2026-11-23", "last-month", "2026-10-01", "2026-10-31")]
    [TestCase("2026-01-05", "last-month", "2025-12-01", "2025-12-31")]
    [TestCase("2026-11-23", "last-quarter", "2026-07-01", "2026-09-30")]
    [TestCase("2026-02-10", "last-quarter", "2025-10-01", "2025-12-31")]
    [TestCase("2026-11-23", "last-year", "2025-01-01", "2025-12-31")]
    public void Resolve_RelativePeriod_IsLastCompletePeriodBeforeToday(string today, string text, string from, string to)
    {
        var runtime = new DateRange(new DateOnly(2017, 7, 1), new DateOnly(2019, 9, 30));

        var period = PeriodSpec.Parse(text).GetValueOrThrow().Resolve(runtime, DateOnly.Parse(today));

        Assert.That(period.Range, Is.EqualTo(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to))));
    }

    [Test]
    public void ClipTo_QuarterStartingBeforeProject_IsCutToProjectStartAndKeepsLabel()
    {
        var runtime = new DateRange(new DateOnly(2017, 8, 15), new DateOnly(2019, 9, 30));

        var clipped = ReportingPeriod.Quarter(2017, 3).ClipTo(runtime);

        Assert.That(clipped, Is.Not.Null);
        Assert.That(clipped!.From, Is.EqualTo(new DateOnly(2017, 8, 15)));
        Assert.That(clipped.To, Is.EqualTo(new DateOnly(2017, 9, 30)));
        Assert.That(clipped.Label, Is.EqualTo("2017-Q3"));
    }

    [Test]
    public void ClipTo_PeriodOutsideProject_IsNull()
    {
        var runtime = new DateRange(new DateOnly(2017, 7, 1), new DateOnly(2019, 9, 30));

        Assert.That(ReportingPeriod.Month(2019, 10).ClipTo(runtime), Is.Null);
    }

    [Test]
    public void Runtime_IsTheProjectDates()
    {
        var runtime = new DateRange(new DateOnly(2017, 7, 1), new DateOnly(2019, 9, 30));

        var period = PeriodSpec.RuntimeSpec.Resolve(runtime, new DateOnly(2026, 1, 1));

        Assert.That(period.Range, Is.EqualTo(runtime));
        Assert.That(period.Days, Is.EqualTo(822));
    }
}
