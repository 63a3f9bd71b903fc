using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Forms.Builders;

/// <summary>Chart series, each point taken from the figures engine (never recomputed here).</summary>
internal static class Charts
{
    /// <summary>Cumulative placements at each month end from the project start to the period end, against the target
    /// and the expected (pro-rata) path.</summary>
    public static ChartBlock PlacementsOverTime(ProjectSnapshot snapshot, ProjectFigures figures, FigureOptions options)
    {
        var runtime = snapshot.Project.Runtime;
        var placed = new List<ChartPoint>();
        var expected = new List<ChartPoint>();
        foreach (var day in MonthEnds(runtime.Start, figures.Period.To))
        {
            var f = FigureCalculator.Compute(snapshot, ReportingPeriod.Between(runtime.Start, day), options);
            placed.Add(new ChartPoint(day, null, f.Placements.PlacementsCumulative));
            if (f.Placements.ExpectedByNow is { } e)
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

    /// <summary>The last day of every month from <paramref name="from"/>'s month to <paramref name="to"/>, the last point being <paramref name="to"/>.</summary>
    internal static IEnumerable<DateOnly> MonthEnds(DateOnly from, DateOnly to)
    {
        var month = new DateOnly(from.Year, from.Month, 1);
        while (month <= to)
        {
            var end = month.AddMonths(1).AddDays(-1);
            yield return end < to ? end : to;
            month = month.AddMonths(1);
        }
    }
}
