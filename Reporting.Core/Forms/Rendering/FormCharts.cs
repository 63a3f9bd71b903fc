using System.Globalization;
using Reporting.Core.Text;
using ScottPlot;

namespace Reporting.Core.Forms.Rendering;

/// <summary>Turns a form's <see cref="ChartBlock"/> (series the engine computed) into a ScottPlot plot. Drawing only:
/// the values are converted to the plot's coordinates and nothing is summed or derived here.</summary>
public static class FormCharts
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
            var xs = series.Points.Select(p => p.Date!.Value.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
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
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("MM.yyyy", CultureInfo.InvariantCulture),
        };
        plot.Axes.Margins(bottom: 0);
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
