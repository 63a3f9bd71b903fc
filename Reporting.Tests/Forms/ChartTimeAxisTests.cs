using Reporting.Core.Forms;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Forms.Rendering;

namespace Reporting.Tests.Forms;

public class ChartTimeAxisTests
{
    [Test]
    public void MonthEnds_TwoYears_EveryMonthEndAndThePeriodEnd()
    {
        var ends = Charts.MonthEnds(new DateOnly(2018, 1, 15), new DateOnly(2019, 12, 20)).ToList();

        Assert.That(ends, Has.Count.EqualTo(24));
        Assert.That(ends[0], Is.EqualTo(new DateOnly(2018, 1, 31)));
        Assert.That(ends[^1], Is.EqualTo(new DateOnly(2019, 12, 20)));
    }

    [Test]
    public void MonthEnds_WholeCalendar_AtMostTheLimitEndingOnTheLastDay()
    {
        var ends = Charts.MonthEnds(DateOnly.MinValue, DateOnly.MaxValue).ToList();

        Assert.That(ends, Has.Count.LessThanOrEqualTo(Charts.MaxTimePoints));
        Assert.That(ends, Is.Ordered.Ascending);
        Assert.That(ends, Is.Unique);
        Assert.That(ends[^1], Is.EqualTo(DateOnly.MaxValue));
    }

    [Test]
    public void MonthEnds_ExactlyTheLimitOfMonths_EveryMonth()
    {
        var ends = Charts.MonthEnds(new DateOnly(2000, 1, 1), new DateOnly(2009, 12, 31)).ToList();

        Assert.That(ends, Has.Count.EqualTo(120));
    }

    [Test]
    public void DateTicks_TwoYears_HalfYearsLabelledMonthAndYear()
    {
        var ticks = FormCharts.DateTicks(new DateOnly(2017, 7, 1), new DateOnly(2019, 9, 30));

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[] { "07.2017", "01.2018", "07.2018", "01.2019", "07.2019" }));
        Assert.That(ticks[0].Position, Is.EqualTo(new DateOnly(2017, 7, 1).DayNumber));
    }

    [Test]
    public void DateTicks_WholeCalendar_RoundMillenniaWithoutLeavingTheCalendar()
    {
        var ticks = FormCharts.DateTicks(DateOnly.MinValue, DateOnly.MaxValue);

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[] { "2000", "4000", "6000", "8000" }));
    }

    [Test]
    public void DateTicks_PartOfOneMonth_TheFirstDay()
    {
        var ticks = FormCharts.DateTicks(new DateOnly(9999, 12, 5), DateOnly.MaxValue);

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[] { "05.12.9999" }));
    }

    [Test]
    public void ToPlot_TimeLineFromYear1ToYear9999_RendersAnImage()
    {
        var chart = new ChartBlock("t", "placements_over_time", ChartKind.TimeLines, "Monat", "Personen",
        [
            new("a", [new ChartPoint(DateOnly.MinValue, null, 0m), new ChartPoint(DateOnly.MaxValue, null, 1_000_000_000m)]),
        ]);

        var png = FormCharts.ToPlot(chart).GetImageBytes(400, 200, ScottPlot.ImageFormat.Png);

        Assert.That(png, Has.Length.GreaterThan(0));
    }
}
