using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Reporting.Core.Text;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary><c>/</c>: target attainment of every project selected, worst first, with the roll-up row, filters, key date
/// and sortable columns. Every number comes from <see cref="TargetsOverview"/>; the page only orders and formats.</summary>
internal static class OverviewPage
{
    private static readonly (string Key, string Label, bool Numeric)[] Columns =
    [
        ("projekt", "Projekt", false),
        ("programm", "Programm", false),
        ("status", "Status", false),
        ("vermittlungen", "Vermittlungen", true),
        ("ziel", "Zielwert", true),
        ("zielerreichung", "Zielerreichung", true),
        ("soll", "Soll zum Stichtag", true),
        ("prognose", "Prognose zum Projektende", true),
        ("mittelabfluss", "Mittelabfluss", true),
        ("frist", "Nächster Nachweis", false),
    ];

    public static string Render(PageContext context, OverviewQuery query, OverviewData data)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var overview = data.Overview;
        return Layout.Render(context, "Zielerreichung", h =>
        {
            h.Element("h1", "Zielerreichung");
            h.Element("p", $"{query.ScopeLabel} · Stichtag {GermanFormat.Date(overview.AsOf)} · "
                + $"{Show.Count(overview.Rows.Count)} Projekte", ("class", "lead"));
            Filters(h, query, data.Choices);
            if (overview.Rows.Count == 0)
            {
                h.Element("p", WebMessages.NoProjectsSelected, ("class", "message"));
            }
            else
            {
                Table(h, query, data);
            }
            if (overview.NotStarted.Count > 0)
            {
                h.Element("p", "Noch nicht begonnen: " + string.Join(", ", overview.NotStarted), ("class", "not-started"));
            }
            Downloads(h, context, query);
        });
    }

    private static void Filters(HtmlBuilder h, OverviewQuery query, FilterChoices choices)
    {
        using (h.Open("form", ("class", "filters"), ("method", "get"), ("action", "/")))
        {
            Select(h, "programm", "Programm", query.Program, choices.Programs.Select(p => (p.Id, $"{p.Id} – {p.Name}")));
            Select(h, "mittelgeber", "Mittelgeber", query.Funder, choices.Funders.Select(f => (f, f)));
            Select(h, "region", "Region", query.Region, choices.Regions.Select(r => (r, r)));
            Select(h, "empfaenger", "Zuwendungsempfänger", query.Recipient, choices.Recipients.Select(r => (r, r)));
            using (h.Open("label"))
            {
                h.Element("span", "Stichtag");
                h.Void("input", ("type", "date"), ("name", "stichtag"), ("value", KeyDate.Iso(query.KeyDate)));
            }
            if (query.Sort != OverviewSort.Default)
            {
                h.Void("input", ("type", "hidden"), ("name", "sort"), ("value", query.Sort.ToString()));
            }
            h.Element("button", "Anzeigen", ("type", "submit"));
            h.Element("a", "Zurücksetzen", ("href", "/"), ("class", "reset"));
        }
    }

    private static void Select(HtmlBuilder h, string name, string label, string? selected, IEnumerable<(string Value, string Text)> options)
    {
        using (h.Open("label"))
        {
            h.Element("span", label);
            using (h.Open("select", ("name", name)))
            {
                h.Element("option", "alle", ("value", ""));
                var found = false;
                foreach (var (value, text) in options)
                {
                    var isSelected = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase);
                    found |= isSelected;
                    h.Element("option", text, ("value", value), ("selected", isSelected ? "selected" : null));
                }
                if (selected is not null && !found)
                {
                    h.Element("option", selected, ("value", selected), ("selected", "selected"));
                }
            }
        }
    }

    private static void Table(HtmlBuilder h, OverviewQuery query, OverviewData data)
    {
        var overview = data.Overview;
        using (h.Open("table", ("class", "targets"), ("data-table", "targets")))
        {
            h.Element("caption", $"Zielerreichung je Projekt, Stand {GermanFormat.Date(overview.AsOf)}");
            using (h.Open("thead"))
            using (h.Open("tr"))
            {
                foreach (var (key, label, numeric) in Columns)
                {
                    var sorted = query.Sort.Key == key ? (query.Sort.Descending ? "descending" : "ascending") : null;
                    using (h.Open("th", ("scope", "col"), ("class", numeric ? "num" : null), ("aria-sort", sorted)))
                    {
                        h.Element("a", label, ("href", query.Link(query.Sort.Next(key))));
                    }
                }
            }
            using (h.Open("tbody"))
            {
                foreach (var row in query.Sort.Apply(overview.Rows))
                {
                    Row(h, query, data, row);
                }
            }
            using (h.Open("tfoot"))
            {
                Total(h, overview.Total);
            }
        }
    }

    private static void Row(HtmlBuilder h, OverviewQuery query, OverviewData data, TargetRow row)
    {
        using (h.Open("tr", ("data-project", row.ProjectId.Value)))
        {
            using (h.Open("th", ("scope", "row")))
            {
                h.Element("a", row.ProjectId.Value, ("href", SiteUrl.Project(row.ProjectId.Value, PeriodFor(data, row, query), KeyDate.Iso(query.KeyDate))));
                h.Text(" ");
                h.Element("span", row.Name, ("class", "name"));
            }
            h.Element("td", row.ProgramId.Value);
            using (h.Open("td"))
            {
                Show.StatusBadge(h, row.Status);
            }
            h.Element("td", Show.Count(row.PlacementsCumulative), ("class", "num"));
            h.Element("td", Show.Count(row.TargetPlacements), ("class", "num"));
            h.Element("td", Show.Percent(row.Attainment), ("class", "num"));
            h.Element("td", Show.Number(row.ExpectedByNow), ("class", "num"));
            h.Element("td", Show.Number(row.ForecastAtEnd), ("class", "num"));
            h.Element("td", Show.Percent(row.Utilisation), ("class", "num"));
            using (h.Open("td", ("class", "deadline")))
            {
                if (row.NextDeadline is { } d)
                {
                    h.Element("span", $"{GermanLabels.Of(d.Kind, d.BudgetYear)}, fällig {GermanFormat.Date(d.Due)} ");
                    Show.DeadlineBadge(h, d);
                }
                else
                {
                    h.Text(Show.Count(null));
                }
            }
        }
    }

    private static void Total(HtmlBuilder h, RollUp total)
    {
        using (h.Open("tr", ("class", "total")))
        {
            using (h.Open("th", ("scope", "row"), ("colspan", "2")))
            {
                h.Text($"Gesamt ({Show.Count(total.Projects)} Projekte)");
            }
            using (h.Open("td"))
            {
                Show.StatusBadge(h, total.Status);
            }
            h.Element("td", Show.Count(total.PlacementsCumulativeTowardsTarget), ("class", "num"));
            h.Element("td", Show.Count(total.TargetPlacements), ("class", "num"));
            h.Element("td", Show.Percent(total.Attainment), ("class", "num"));
            h.Element("td", Show.Number(total.ExpectedByNow), ("class", "num"));
            h.Element("td", Show.Number(total.ForecastAtEnd), ("class", "num"));
            h.Element("td", Show.Percent(total.Utilisation), ("class", "num"));
            h.Element("td", Show.Count(null));
        }
    }

    /// <summary>The project page's period that shows the row's figures: the runtime once the key date reaches the end,
    /// else the project's start to the key date (as <see cref="TargetsOverview"/> computes it).</summary>
    private static string PeriodFor(OverviewData data, TargetRow row, OverviewQuery query)
    {
        var runtime = data.Runtimes[row.ProjectId];
        return query.KeyDate >= runtime.End ? "runtime" : $"{KeyDate.Iso(runtime.Start)}..{KeyDate.Iso(query.KeyDate)}";
    }

    /// <summary>The Zielerreichung form of the selection (one filter at most: a form has one scope).</summary>
    private static void Downloads(HtmlBuilder h, PageContext context, OverviewQuery query)
    {
        var filters = query.Filters;
        if (filters.Count > 1)
        {
            return;
        }
        var scope = filters.Count == 0 ? ReportScope.AllProjects : filters[0];
        var day = KeyDate.Iso(query.KeyDate);
        using (h.Open("section", ("class", "downloads")))
        {
            h.Element("h2", "Bericht herunterladen");
            using (h.Open("p"))
            {
                h.Text($"Zielerreichung ({scope.Describe()}, Stichtag {GermanFormat.Date(query.KeyDate)}): ");
                foreach (var format in ReportService.Formats)
                {
                    h.Element("a", format, ("href", ReportLinks.Url(TargetsReport.Form, scope, $"{day}..{day}", format, context.Viewer.Published, day)),
                        ("class", "download"), ("download", ""));
                    h.Text(" ");
                }
            }
        }
    }
}
