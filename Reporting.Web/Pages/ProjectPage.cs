using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Reporting.Core.Text;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary><c>/projekte/{id}?zeitraum=2018-Q3</c>: every figure of <c>figures</c> for one project and period, under the
/// labels of the Quartalsbericht, with its two charts, the deadlines, the breakdowns and the downloads of every form.</summary>
internal static partial class ProjectPage
{
    /// <summary>The page's sections: the Quartalsbericht's fields and tables (by catalog name) and charts.</summary>
    private static readonly Section[] Sections =
    [
        new("stammdaten", "Stammdaten",
            ["project_id", "project_name", "program_id", "program_name", "funder", "legal_basis", "recipient", "region",
             "runtime", "period", "places", "target_placements", "target_kinds"], [], null),
        new("teilnehmende", "Teilnehmende",
            ["entries", "entries_cumulative", "active_at_end", "exits", "occupancy"], ["exits_by_reason"], null),
        new("vermittlungen", "Vermittlungen und Zielerreichung",
            ["placements", "placements_cumulative", "target_placements", "attainment", "expected_by_now", "forecast_at_end",
             "status", "sustained", "sustained_pending"], ["placements_by_kind"], "placements_over_time"),
        new("finanzen", "Finanzen",
            ["grant", "own_funds", "third_party_funds", "total_budget", "spent", "spent_cumulative", "remaining", "utilisation",
             "disbursed_cumulative", "overhang_cutoff", "overhang", "cost_per_placement"], ["cost_categories"], "spending_by_category"),
        new("fristen", "Berichtsfristen", ["next_deadline", "next_deadline_due", "next_deadline_status"], [], null),
        new("merkmale", "Merkmale der Teilnehmenden", [], ["breakdowns"], null),
    ];

    /// <summary>The forms offered for download, with their German names.</summary>
    private static readonly (string Form, string Name)[] Forms =
    [
        (QuarterlyReport.Form, "Quartalsbericht"),
        (ProofOfUseReport.Form, "Zwischen-/Verwendungsnachweis"),
        (TargetsReport.Form, "Zielerreichung"),
        (MonthlyExport.Form, "Monatsexport"),
    ];

    /// <summary>Every field, table and chart name the page shows (a test holds them against the catalog).</summary>
    public static IEnumerable<string> FieldNames => Sections.SelectMany(s => s.Fields);

    public static IEnumerable<string> TableNames => Sections.SelectMany(s => s.Tables);

    public static IEnumerable<string> ChartNames => Sections.Where(s => s.Chart is not null).Select(s => s.Chart!);

    public static string Render(PageContext context, ProjectView view)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        var form = view.Form();
        var catalog = QuarterlyReport.Catalog;
        var project = view.Snapshot.Project;
        return Layout.Render(context, $"{project.Id} – {project.Name}", h =>
        {
            using (h.Open("p", ("class", "crumbs")))
            {
                h.Element("a", "Zielerreichung", ("href", SiteUrl.Of("/", ("stichtag", view.KeyDateParameter))));
                h.Text(" › " + project.Id.Value);
            }
            h.Element("h1", $"{project.Id} – {project.Name}");
            h.Element("p", $"Berichtszeitraum {Core.Forms.Rendering.FormText.Format(form.Fields["period"])} · "
                + $"Fristen zum {GermanFormat.Date(view.KeyDate)}", ("class", "lead"));
            PeriodPicker(h, view);
            foreach (var section in Sections)
            {
                using (h.Open("section", ("id", section.Id)))
                {
                    h.Element("h2", section.Title);
                    Fields(h, catalog, form, section.Fields, view);
                    foreach (var table in section.Tables)
                    {
                        Table(h, catalog.Table(table)!, form.Tables[table], section.Title);
                    }
                    if (section.Id == "fristen")
                    {
                        Deadlines(h, view);
                    }
                    if (section.Chart is { } chart)
                    {
                        Chart(h, view, form.Charts[chart]);
                    }
                }
            }
            Downloads(h, context, view);
        });
    }

    private static void Fields(HtmlBuilder h, FormCatalog catalog, FormData form, IReadOnlyList<string> names, ProjectView view)
    {
        if (names.Count == 0)
        {
            return;
        }
        using (h.Open("dl", ("class", "fields")))
        {
            foreach (var name in names)
            {
                var field = catalog.Field(name)!;
                using (h.Open("div", ("data-field", name)))
                {
                    h.Element("dt", field.Label);
                    using (h.Open("dd", ("class", Show.CellClass(field.Kind))))
                    {
                        if (name == "status")
                        {
                            Show.StatusBadge(h, view.Figures.Placements.Status);
                        }
                        else
                        {
                            h.Text(Core.Forms.Rendering.FormText.Format(form.Fields[name]));
                        }
                    }
                }
            }
        }
    }

    private static void Table(HtmlBuilder h, TableDef table, IEnumerable<FormRow> rows, string sectionTitle)
    {
        using (h.Open("table", ("class", "figures"), ("data-table", table.Name)))
        {
            if (table.Title != sectionTitle)
            {
                h.Element("caption", table.Title);
            }
            using (h.Open("thead"))
            using (h.Open("tr"))
            {
                foreach (var column in table.Columns)
                {
                    h.Element("th", column.Label, ("scope", "col"), ("class", Show.CellClass(column.Kind)));
                }
            }
            using (h.Open("tbody"))
            {
                foreach (var row in rows)
                {
                    using (h.Open("tr", ("class", row.Role == RowRole.Data ? null : row.Role.ToString().ToLowerInvariant())))
                    {
                        for (var c = 0; c < row.Cells.Count; c++)
                        {
                            var cell = row.Cells[c];
                            h.Element("td", Core.Forms.Rendering.FormText.Format(cell),
                                ("class", cell.IsSuppressed ? "num suppressed" : Show.CellClass(table.Columns[c].Kind)),
                                ("data-column", table.Columns[c].Key));
                        }
                    }
                }
            }
        }
    }

    private static void Deadlines(HtmlBuilder h, ProjectView view)
    {
        using (h.Open("table", ("class", "figures"), ("data-table", "deadlines")))
        {
            h.Element("caption", "Alle Nachweise");
            using (h.Open("thead"))
            using (h.Open("tr"))
            {
                h.Element("th", "Nachweis", ("scope", "col"));
                h.Element("th", "fällig am", ("scope", "col"), ("class", "num"));
                h.Element("th", "Fristenstatus", ("scope", "col"));
            }
            using (h.Open("tbody"))
            {
                foreach (var d in view.Figures.Deadlines)
                {
                    using (h.Open("tr"))
                    {
                        h.Element("td", GermanLabels.Of(d.Kind, d.BudgetYear));
                        h.Element("td", GermanFormat.Date(d.Due), ("class", "num"));
                        using (h.Open("td"))
                        {
                            Show.DeadlineBadge(h, d);
                        }
                    }
                }
            }
        }
    }

    private static void PeriodPicker(HtmlBuilder h, ProjectView view)
    {
        var runtime = view.Snapshot.Project.Runtime;
        var options = new List<(string Value, string Text)> { ("runtime", "Projektlaufzeit") };
        for (var year = runtime.Start.Year; year <= runtime.End.Year; year++)
        {
            options.Add((year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), $"Jahr {year}"));
            for (var q = 1; q <= 4; q++)
            {
                var quarter = ReportingPeriod.Quarter(year, q);
                if (quarter.ClipTo(runtime) is not null)
                {
                    options.Add((quarter.Label, $"{year}, {q}. Quartal"));
                }
            }
        }
        if (!options.Any(o => o.Value == view.Period.Text))
        {
            options.Insert(0, (view.Period.Text, view.Period.Text));
        }
        using (h.Open("form", ("class", "filters"), ("method", "get"), ("action", SiteUrl.Project(view.Snapshot.Project.Id.Value, null, null))))
        {
            using (h.Open("label"))
            {
                h.Element("span", "Berichtszeitraum");
                using (h.Open("select", ("name", "zeitraum")))
                {
                    foreach (var (value, text) in options)
                    {
                        h.Element("option", text, ("value", value), ("selected", value == view.Period.Text ? "selected" : null));
                    }
                }
            }
            using (h.Open("label"))
            {
                h.Element("span", "Stichtag für Fristen");
                h.Void("input", ("type", "date"), ("name", "stichtag"), ("value", Pages.KeyDate.Iso(view.KeyDate)));
            }
            h.Element("button", "Anzeigen", ("type", "submit"));
        }
    }

    private static void Downloads(HtmlBuilder h, PageContext context, ProjectView view)
    {
        var scope = ReportScope.Project(view.Snapshot.Project.Id.Value);
        using (h.Open("section", ("id", "berichte"), ("class", "downloads")))
        {
            h.Element("h2", "Berichte herunterladen");
            var period = view.Period.IsRuntime ? "Projektlaufzeit" : view.Period.Text;
            h.Element("p", $"Berichtszeitraum {period}, Fristen zum {GermanFormat.Date(view.KeyDate)}: dieselben Dateien, die „fundingreports report“ schreibt.");
            using (h.Open("table", ("class", "figures"), ("data-table", "downloads")))
            {
                using (h.Open("thead"))
                using (h.Open("tr"))
                {
                    h.Element("th", "Formular", ("scope", "col"));
                    h.Element("th", "Fassung", ("scope", "col"));
                    h.Element("th", "Dateien", ("scope", "col"));
                }
                using (h.Open("tbody"))
                {
                    var variants = context.Viewer.Published ? new[] { true } : [false, true];
                    foreach (var (formId, name) in Forms)
                    {
                        foreach (var published in variants)
                        {
                            using (h.Open("tr"))
                            {
                                h.Element("td", name);
                                h.Element("td", published ? "zur Veröffentlichung" : "intern");
                                using (h.Open("td"))
                                {
                                    foreach (var format in ReportService.Formats)
                                    {
                                        h.Element("a", format, ("href", ReportLinks.Url(formId, scope, view.Period.Text, format, published, view.KeyDateParameter)),
                                            ("class", "download"), ("data-form", formId), ("data-format", format), ("download", ""));
                                        h.Text(" ");
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private sealed record Section(string Id, string Title, IReadOnlyList<string> Fields, IReadOnlyList<string> Tables, string? Chart);
}
