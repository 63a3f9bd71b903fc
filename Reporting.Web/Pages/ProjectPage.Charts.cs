using Reporting.Core.Forms;
using Reporting.Core.Text;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

internal static partial class ProjectPage
{
    public const int ChartWidth = 760;
    public const int ChartHeight = 320;

    /// <summary>The chart's SVG (drawn as in the PDF) and, below it, its values as a table.</summary>
    private static void Chart(HtmlBuilder h, ProjectView view, ChartBlock chart)
    {
        using (h.Open("figure", ("class", "chart"), ("data-chart", chart.Key)))
        {
            h.Void("img",
                ("src", ChartUrl(view, chart.Key)),
                ("alt", $"Diagramm: {chart.Title} ({string.Join(", ", chart.Series.Select(s => s.Label))})"),
                ("width", ChartWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("height", ChartHeight.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            h.Element("figcaption", chart.Title);
            using (h.Open("details"))
            {
                h.Element("summary", "Werte des Diagramms");
                ChartValues(h, chart);
            }
        }
    }

    public static string ChartUrl(ProjectView view, string chart)
    {
        ArgumentNullException.ThrowIfNull(view);
        return SiteUrl.Of($"/projekte/{SiteUrl.Segment(view.Snapshot.Project.Id.Value)}/diagramme/{SiteUrl.Segment(chart)}.svg",
            ("zeitraum", view.Period.Text), ("stichtag", view.KeyDateParameter));
    }

    /// <summary>One row per date (time lines) or per category (bars), one column per series.</summary>
    private static void ChartValues(HtmlBuilder h, ChartBlock chart)
    {
        var keys = chart.Series.SelectMany(s => s.Points).Select(p => (p.Date, p.Category)).Distinct().OrderBy(k => k.Date).ToList();
        using (h.Open("table", ("class", "figures")))
        {
            using (h.Open("thead"))
            using (h.Open("tr"))
            {
                h.Element("th", chart.XLabel, ("scope", "col"));
                foreach (var series in chart.Series)
                {
                    h.Element("th", series.Label, ("scope", "col"), ("class", "num"));
                }
            }
            using (h.Open("tbody"))
            {
                foreach (var key in keys)
                {
                    using (h.Open("tr"))
                    {
                        h.Element("th", key.Date is { } d ? GermanFormat.Date(d) : key.Category, ("scope", "row"));
                        foreach (var series in chart.Series)
                        {
                            var point = series.Points.FirstOrDefault(p => p.Date == key.Date && p.Category == key.Category);
                            h.Element("td", point is null ? Show.Count(null) : Value(chart, point.Value), ("class", "num"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Euros for a euro chart, whole persons as counts, the pro-rata path with one decimal.</summary>
    private static string Value(ChartBlock chart, decimal value) =>
        chart.YLabel == "Euro" ? Show.Euro(Core.Domain.Money.Euros(value))
        : value == decimal.Truncate(value) ? Show.Count((int)value)
        : Show.Number(value);
}
