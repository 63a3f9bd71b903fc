using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;
using ScottPlot;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Turns a form's <see cref="ChartBlock"/> (series the engine computed) into a ScottPlot plot. Drawing only:
/// the values are converted to the plot's coordinates and nothing is summed or derived here.</summary>
internal static class FormCharts
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1F3A5F"), Color.FromHex("#8C8C8C"), Color.FromHex("#B22222"), Color.FromHex("#4F7F4F"),
    ];

    public static Plot ToPlot(ChartBlock chart)
    {
        var plot = new Plot();
        plot.XLabel(chart.XLabel, 9);
        plot.YLabel(chart.YLabel, 9);
        if (chart.Kind == ChartKind.TimeLines)
        {
            AddLines(plot, chart);
        }
        else
        {
            AddBars(plot, chart);
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,##0.##", GermanFormat.Numbers),
        };
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Left.TickLabelStyle.FontSize = 8;
        return plot;
    }

    private static void AddLines(Plot plot, ChartBlock chart)
    {
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var xs = series.Points.Select(p => (double)p.Date!.Value.DayNumber).ToArray();
            var ys = series.Points.Select(p => (double)p.Value).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = series.Label;
            line.Color = Palette[i % Palette.Length];
            line.LineWidth = i == 0 ? 2 : 1.2f;
            line.MarkerSize = i == 0 ? 3 : 0;
            if (i > 0)
            {
                line.LinePattern = LinePattern.Dashed;
            }
        }
        var dates = chart.Series.SelectMany(s => s.Points).Select(p => p.Date!.Value).ToList();
        if (dates.Count > 0)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(DateTicks(dates.Min(), dates.Max()));
        }
        plot.Axes.Margins(bottom: 0);
    }

    /// <summary>Ticks on the first of a month, every 1, 2, 3, 6 or 12 months or a round number of years (on years divisible
    /// by it), so that at most about eight fit; labelled <c>MM.yyyy</c> (<c>yyyy</c> from a yearly step). The x axis counts days
    /// (<see cref="DateOnly.DayNumber"/>), so every date from 01.01.0001 to 31.12.9999 has a place on it.</summary>
    internal static Tick[] DateTicks(DateOnly from, DateOnly to)
    {
        var months = CalendarMath.MonthCount(from, to);
        long[] steps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 24000, 60000, 120000];
        var step = steps.FirstOrDefault(s => months / s <= 8, steps[^1]);
        var ticks = new List<Tick>();
        foreach (var (year, month) in CalendarMath.Months(from, to))
        {
            var onStep = step >= 12 ? month == 1 && year % (step / 12) == 0 : (month - 1) % step == 0;
            if (!onStep)
            {
                continue;
            }
            var day = new DateOnly(year, month, 1);
            if (day < from)
            {
                continue;
            }
            var label = step >= 12 ? year.ToString("D4", CultureInfo.InvariantCulture) : day.ToString("MM.yyyy", CultureInfo.InvariantCulture);
            ticks.Add(new Tick(day.DayNumber, label));
        }
        return ticks.Count > 0 ? [.. ticks] : [new Tick(from.DayNumber, GermanFormat.Date(from))];
    }

    private static void AddBars(Plot plot, ChartBlock chart)
    {
        var categories = chart.Series.SelectMany(s => s.Points.Select(p => p.Category ?? "")).Distinct().ToList();
        var groupWidth = chart.Series.Count + 1;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var bars = series.Points.Select(p => new Bar
            {
                Position = categories.IndexOf(p.Category ?? "") * groupWidth + s,
                Value = (double)p.Value,
                FillColor = Palette[s % Palette.Length],
                LineWidth = 0,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Label;
        }
        var ticks = categories.Select((c, i) => new Tick(i * groupWidth + (chart.Series.Count - 1) / 2.0, c)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Margins(bottom: 0);
    }
}
