using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Forms.Builders;

/// <summary>Chart series, each point taken from the figures engine (never recomputed here).</summary>
internal static class Charts
{
    /// <summary>At most this many points on a time line; longer spans are drawn every n-th month.</summary>
    public const int MaxTimePoints = 120;

    /// <summary>Cumulative placements at each month end from the project start to the period end (every n-th month end
    /// when there are more than <see cref="MaxTimePoints"/>), against the target and the expected (pro-rata) path.</summary>
    /// <remarks>Each point is what <see cref="FigureCalculator.Compute"/> gives as <c>placements_cumulative</c> and
    /// <c>expected_by_now</c> for the period runtime start .. that month end, taken from the same two steps of the engine
    /// (the first target placement per person, <see cref="FigureCalculator.Outlook"/>) without the rest of the figures,
    /// so a long project's chart costs one pass over its placements rather than every figure once per month.</remarks>
    public static ChartBlock PlacementsOverTime(ProjectSnapshot snapshot, ProjectFigures figures, FigureOptions options)
    {
        var project = snapshot.Project;
        var runtime = project.Runtime;
        var firsts = FigureCalculator.FirstTargetPlacements(snapshot).Values.Select(p => p.Date).Order().ToArray();
        var placed = new List<ChartPoint>();
        var expected = new List<ChartPoint>();
        var counted = 0;
        foreach (var day in MonthEnds(runtime.Start, figures.Period.To))
        {
            var period = FigureCalculator.Clip(project, ReportingPeriod.Between(runtime.Start, day));
            while (counted < firsts.Length && firsts[counted] <= period.To)
            {
                counted++;
            }
            placed.Add(new ChartPoint(day, null, counted));
            if (FigureCalculator.Outlook(project, period, counted, options).ExpectedByNow is { } e)
            {
                expected.Add(new ChartPoint(day, null, e));
            }
        }
        var series = new List<ChartSeries> { new("Vermittlungen kumuliert", placed) };
        if (expected.Count > 0)
        {
            series.Add(new ChartSeries("Soll (zeitanteilig)", expected));
        }
        if (snapshot.Project.TargetPlacements is { } target)
        {
            series.Add(new ChartSeries("Zielwert", [new ChartPoint(runtime.Start, null, target), new ChartPoint(runtime.End, null, target)]));
        }
        return new ChartBlock("Vermittlungen im Zeitverlauf", "placements_over_time", ChartKind.TimeLines, "Monat", "Personen", series);
    }

    /// <summary>Approved against spent (cumulative) per cost category.</summary>
    public static ChartBlock SpendingByCategory(ProjectFigures figures)
    {
        var categories = figures.Funding.Categories;
        return new ChartBlock("Ausgaben je Kostenart", "spending_by_category", ChartKind.Bars, "Kostenart", "Euro",
        [
            new("bewilligt", categories.Select(c => new ChartPoint(null, c.CostCategory, c.Approved?.Amount ?? 0m)).ToList()),
            new("ausgegeben (kumuliert)", categories.Select(c => new ChartPoint(null, c.CostCategory, c.SpentCumulative.Amount)).ToList()),
        ]);
    }

    /// <summary>The last day of every month from <paramref name="from"/>'s month to <paramref name="to"/>, the last point being
    /// <paramref name="to"/>. Over more than <see cref="MaxTimePoints"/> months only every n-th month end (n as small as
    /// keeps the count within the limit), and still <paramref name="to"/> last.</summary>
    internal static IEnumerable<DateOnly> MonthEnds(DateOnly from, DateOnly to)
    {
        var months = CalendarMath.MonthCount(from, to);
        var step = months <= MaxTimePoints ? 1 : (int)((months + MaxTimePoints - 2) / (MaxTimePoints - 1));
        DateOnly? last = null;
        foreach (var (year, month) in CalendarMath.Months(from, to, step))
        {
            var end = CalendarMath.LastDayOfMonth(year, month);
            last = end < to ? end : to;
            yield return last.Value;
        }
        if (last != to)
        {
            yield return to;
        }
    }
}
