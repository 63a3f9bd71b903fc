using Reporting.Core.Figures;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>Zielerreichung: target attainment of every project in a scope, worst first, with the roll-up.</summary>
internal static class TargetsReport
{
    public const string Form = "targets";

    internal static readonly FormSpec<TargetsOverview> Spec = new(
        Form,
        [
            Text<TargetsOverview>("scope", "Auswertungsbereich", t => t.Scope),
            Date<TargetsOverview>("as_of", "Stichtag", t => t.AsOf),
            Count<TargetsOverview>("projects", "Projekte", t => t.Total.Projects),
            Count<TargetsOverview>("projects_not_started", "noch nicht begonnen", t => t.NotStarted.Count),
            Count<TargetsOverview>("target_placements", "Zielwert Vermittlungen (Summe)", t => t.Total.TargetPlacements),
            Count<TargetsOverview>("placements_cumulative", "Vermittlungen kumuliert (Summe)", t => t.Total.PlacementsCumulative),
            Percent<TargetsOverview>("attainment", "Zielerreichung (Σ Vermittlungen / Σ Zielwerte)", t => t.Total.Attainment),
            Number<TargetsOverview>("expected_by_now", "Soll zum Stichtag (Summe)", t => t.Total.ExpectedByNow),
            Number<TargetsOverview>("forecast_at_end", "Prognose zum Projektende (Summe)", t => t.Total.ForecastAtEnd),
            Text<TargetsOverview>("status", "Status insgesamt", t => GermanLabels.Of(t.Total.Status)),
            Euro<TargetsOverview>("total_budget", "Gesamtfinanzierung (Summe)", t => t.Total.TotalBudget),
            Euro<TargetsOverview>("spent_cumulative", "Ausgaben kumuliert (Summe)", t => t.Total.SpentCumulative),
            Percent<TargetsOverview>("utilisation", "Mittelabfluss", t => t.Total.Utilisation),
            Euro<TargetsOverview>("overhang", "Nicht fristgerecht verwendete Mittel (Summe)", t => t.Total.Overhang),
        ],
        [
            new("targets", "Zielerreichung je Projekt",
            [
                Col("project_id", ValueKind.Text, "Projekt-ID", 11),
                Col("name", ValueKind.Text, "Projekt", 34),
                Col("program_id", ValueKind.Text, "Programm", 10),
                Col("target_placements", ValueKind.Count, "Zielwert", 10),
                Col("placements_cumulative", ValueKind.Count, "vermittelt", 11),
                Col("attainment", ValueKind.Percent, "Zielerreichung", 13),
                Col("expected_by_now", ValueKind.Number, "Soll", 9),
                Col("forecast_at_end", ValueKind.Number, "Prognose", 10),
                Col("status", ValueKind.Text, "Status", 14),
                Col("total_budget", ValueKind.Euro, "Budget", 16),
                Col("spent_cumulative", ValueKind.Euro, "Ausgaben", 16),
                Col("utilisation", ValueKind.Percent, "Mittelabfluss", 12),
                Col("overhang", ValueKind.Euro, "Überhang", 14),
                Col("next_deadline", ValueKind.Text, "Nächster Nachweis", 16),
                Col("next_deadline_due", ValueKind.Date, "fällig am", 12),
                Col("next_deadline_status", ValueKind.Text, "Frist", 12),
            ],
            t => Rows(t), IsList: true),
        ],
        []);

    public static FormCatalog Catalog => Spec.Catalog;

    private static IEnumerable<FormRow> Rows(TargetsOverview t)
    {
        foreach (var r in t.Rows)
        {
            yield return Row(
                FormValue.Of(r.ProjectId.Value), FormValue.Of(r.Name), FormValue.Of(r.ProgramId.Value),
                FormValue.Of(r.TargetPlacements), FormValue.Of(r.PlacementsCumulative), FormValue.Percent(r.Attainment),
                FormValue.Quantity(r.ExpectedByNow), FormValue.Quantity(r.ForecastAtEnd), FormValue.Of(GermanLabels.Of(r.Status)),
                FormValue.Of(r.TotalBudget), FormValue.Of(r.SpentCumulative), FormValue.Percent(r.Utilisation), FormValue.Of(r.Overhang),
                FormValue.Of(r.NextDeadline is { } d ? GermanLabels.Of(d.Kind, d.BudgetYear) : null),
                FormValue.Of(r.NextDeadline?.Due), FormValue.Of(r.NextDeadline is { } s ? GermanLabels.StatusOf(s) : null));
        }
        var total = t.Total;
        yield return Total(
            FormValue.Of("Summe"), FormValue.Of($"{total.Projects} Projekte"), FormValue.Of((string?)null),
            FormValue.Of(total.TargetPlacements), FormValue.Of(total.PlacementsCumulative), FormValue.Percent(total.Attainment),
            FormValue.Quantity(total.ExpectedByNow), FormValue.Quantity(total.ForecastAtEnd), FormValue.Of(GermanLabels.Of(total.Status)),
            FormValue.Of(total.TotalBudget), FormValue.Of(total.SpentCumulative), FormValue.Percent(total.Utilisation), FormValue.Of(total.Overhang),
            FormValue.Of((string?)null), FormValue.Of((DateOnly?)null), FormValue.Of((string?)null));
    }
}
