using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Text;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>What the monthly export is filled from: the projects in scope and the months to cover.</summary>
/// <param name="Projects">Enumerated once per rendering, one project at a time (a store read streams them).</param>
internal sealed record MonthlyInput(string Scope, int ProjectCount, IEnumerable<ProjectSnapshot> Projects, ReportingPeriod Period, FigureOptions Options);

/// <summary>Monatsexport: one flat row per project and month (each month cut to the project's runtime), for other
/// systems. Rows are computed while they are written, so a million rows need no more memory than one.</summary>
internal static class MonthlyExport
{
    public const string Form = "monthly";

    private static readonly IReadOnlyList<ColumnDef> Columns =
    [
        Col("project_id", ValueKind.Text, "project_id", 14),
        Col("program_id", ValueKind.Text, "program_id", 14),
        Col("month", ValueKind.Text, "month", 9),
        Col("from", ValueKind.Date, "from", 12),
        Col("to", ValueKind.Date, "to", 12),
        Col("entries", ValueKind.Count, "entries", 9),
        Col("entries_cumulative", ValueKind.Count, "entries_cumulative", 9),
        Col("active_at_end", ValueKind.Count, "active_at_end", 9),
        Col("exits", ValueKind.Count, "exits", 9),
        Col("occupancy", ValueKind.Percent, "occupancy", 10),
        Col("placements", ValueKind.Count, "placements", 9),
        Col("placements_cumulative", ValueKind.Count, "placements_cumulative", 9),
        Col("sustained", ValueKind.Count, "sustained", 9),
        Col("target_placements", ValueKind.Count, "target_placements", 9),
        Col("attainment", ValueKind.Percent, "attainment", 10),
        Col("expected_by_now", ValueKind.Number, "expected_by_now", 10),
        Col("forecast_at_end", ValueKind.Number, "forecast_at_end", 10),
        Col("status", ValueKind.Text, "status", 10),
        Col("total_budget", ValueKind.Euro, "total_budget", 16),
        Col("spent", ValueKind.Euro, "spent", 14),
        Col("spent_cumulative", ValueKind.Euro, "spent_cumulative", 16),
        Col("remaining", ValueKind.Euro, "remaining", 16),
        Col("utilisation", ValueKind.Percent, "utilisation", 10),
        Col("disbursed_cumulative", ValueKind.Euro, "disbursed_cumulative", 16),
        Col("overhang", ValueKind.Euro, "overhang", 14),
    ];

    internal static readonly FormSpec<MonthlyInput> Spec = new(
        Form,
        [
            Text<MonthlyInput>("scope", "Auswertungsbereich", i => i.Scope),
            Text<MonthlyInput>("period", "Zeitraum", i => GermanPeriodName.WithDates(i.Period)),
            Count<MonthlyInput>("projects", "Projekte", i => i.ProjectCount),
        ],
        [
            new("monthly", "Monatswerte je Projekt", Columns, Rows, IsList: true),
        ],
        []);

    public static FormCatalog Catalog => Spec.Catalog;


    private static IEnumerable<FormRow> Rows(MonthlyInput input)
    {
        foreach (var snapshot in input.Projects)
        {
            foreach (var month in Months(input.Period))
            {
                if (month.ClipTo(input.Period.Range)?.ClipTo(snapshot.Project.Runtime) is not { } clipped)
                {
                    continue;
                }
                var f = FigureCalculator.Compute(snapshot, clipped, input.Options);
                yield return Row(
                    FormValue.Of(f.ProjectId.Value), FormValue.Of(f.ProgramId.Value), FormValue.Of(month.Label),
                    FormValue.Of(f.Period.From), FormValue.Of(f.Period.To),
                    FormValue.Of(f.Participants.Entries), FormValue.Of(f.Participants.EntriesCumulative),
                    FormValue.Of(f.Participants.ActiveAtEnd), FormValue.Of(f.Participants.Exits), FormValue.Percent(f.Participants.Occupancy),
                    FormValue.Of(f.Placements.Placements), FormValue.Of(f.Placements.PlacementsCumulative), FormValue.Of(f.Placements.Sustained),
                    FormValue.Of(f.Placements.TargetPlacements), FormValue.Percent(f.Placements.Attainment),
                    FormValue.Quantity(f.Placements.ExpectedByNow), FormValue.Quantity(f.Placements.ForecastAtEnd),
                    FormValue.Of(f.Placements.Status?.Code()),
                    FormValue.Of(f.Funding.TotalBudget), FormValue.Of(f.Funding.Spent), FormValue.Of(f.Funding.SpentCumulative),
                    FormValue.Of(f.Funding.Remaining), FormValue.Percent(f.Funding.Utilisation),
                    FormValue.Of(f.Funding.DisbursedCumulative), FormValue.Of(f.Funding.Overhang));
            }
        }
    }

    /// <summary>The calendar months that overlap <paramref name="period"/>, as whole months (cut to the period and the runtime per row).</summary>
    public static IEnumerable<ReportingPeriod> Months(ReportingPeriod period) =>
        CalendarMath.Months(period.From, period.To).Select(m => ReportingPeriod.Month(m.Year, m.Month));
}
