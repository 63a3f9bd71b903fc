using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>What the Quartalsbericht is filled from: one project's figures for the period (already made
/// confidential when published).</summary>
internal sealed record QuarterlyInput(ProjectSnapshot Snapshot, ProjectFigures Figures, FigureOptions Options)
{
    /// <summary>Corrections to earlier closed periods this report lists (none by default).</summary>
    public CorrectionList Corrections { get; init; } = CorrectionList.Empty;
}

/// <summary>Quartalsbericht (quarterly progress report) of one project.</summary>
internal static class QuarterlyReport
{
    public const string Form = "quarterly";

    internal static readonly FormSpec<QuarterlyInput> Spec = new(
        Form,
        [
            .. ProjectFields.For<QuarterlyInput>(i => i.Snapshot, i => i.Figures.Period),
            Count<QuarterlyInput>("entries", "Eintritte im Berichtszeitraum", i => i.Figures.Participants.Entries),
            Count<QuarterlyInput>("entries_cumulative", "Eintritte kumuliert", i => i.Figures.Participants.EntriesCumulative),
            Count<QuarterlyInput>("active_at_end", "Teilnehmende am Stichtag", i => i.Figures.Participants.ActiveAtEnd),
            Count<QuarterlyInput>("exits", "Austritte im Berichtszeitraum", i => i.Figures.Participants.Exits),
            Percent<QuarterlyInput>("occupancy", "Platzbesetzung (Auslastung)", i => i.Figures.Participants.Occupancy),
            Count<QuarterlyInput>("placements", "Vermittlungen im Berichtszeitraum", i => i.Figures.Placements.Placements),
            Count<QuarterlyInput>("placements_cumulative", "Vermittlungen kumuliert", i => i.Figures.Placements.PlacementsCumulative),
            Percent<QuarterlyInput>("attainment", "Zielerreichung", i => i.Figures.Placements.Attainment),
            Number<QuarterlyInput>("expected_by_now", "Soll zum Stichtag (zeitanteilig)", i => i.Figures.Placements.ExpectedByNow),
            Number<QuarterlyInput>("forecast_at_end", "Prognose zum Projektende", i => i.Figures.Placements.ForecastAtEnd),
            Text<QuarterlyInput>("status", "Status", i => GermanLabels.Of(i.Figures.Placements.Status)),
            Count<QuarterlyInput>("sustained", "davon nachhaltig (6 Monate)", i => i.Figures.Placements.Sustained),
            Count<QuarterlyInput>("sustained_pending", "Nachhaltigkeit noch offen", i => i.Figures.Placements.SustainedPending),
            Euro<QuarterlyInput>("grant", "Zuwendung", i => i.Figures.Funding.Grant),
            Euro<QuarterlyInput>("own_funds", "Eigenmittel", i => i.Figures.Funding.OwnFunds),
            Euro<QuarterlyInput>("third_party_funds", "Drittmittel", i => i.Figures.Funding.ThirdPartyFunds),
            Euro<QuarterlyInput>("total_budget", "Gesamtfinanzierung", i => i.Figures.Funding.TotalBudget),
            Euro<QuarterlyInput>("spent", "Ausgaben im Berichtszeitraum", i => i.Figures.Funding.Spent),
            Euro<QuarterlyInput>("spent_cumulative", "Ausgaben kumuliert", i => i.Figures.Funding.SpentCumulative),
            Euro<QuarterlyInput>("remaining", "Verbleibende Mittel", i => i.Figures.Funding.Remaining),
            Percent<QuarterlyInput>("utilisation", "Mittelabfluss", i => i.Figures.Funding.Utilisation),
            Euro<QuarterlyInput>("disbursed_cumulative", "Abgerufene Zuwendung kumuliert", i => i.Figures.Funding.DisbursedCumulative),
            Date<QuarterlyInput>("overhang_cutoff", "Stichtag Zwei-Monats-Frist", i => i.Figures.Funding.OverhangCutoff),
            Euro<QuarterlyInput>("overhang", "Nicht fristgerecht verwendete Mittel", i => i.Figures.Funding.Overhang),
            Euro<QuarterlyInput>("cost_per_placement", "Ausgaben je Vermittlung", i => i.Figures.Funding.CostPerPlacement),
            Text<QuarterlyInput>("next_deadline", "Nächster Nachweis", i => i.Figures.NextDeadline is { } d ? GermanLabels.Of(d.Kind, d.BudgetYear) : null),
            Date<QuarterlyInput>("next_deadline_due", "fällig am", i => i.Figures.NextDeadline?.Due),
            Text<QuarterlyInput>("next_deadline_status", "Fristenstatus", i => i.Figures.NextDeadline is { } d ? GermanLabels.StatusOf(d) : null),
        ],
        [
            FigureTables.ExitsByReason<QuarterlyInput>(i => i.Figures),
            FigureTables.PlacementsByKind<QuarterlyInput>(i => i.Figures),
            FigureTables.CostCategories<QuarterlyInput>(i => i.Figures),
            FigureTables.Breakdowns<QuarterlyInput>(i => i.Figures),
            CorrectionTables.Corrections<QuarterlyInput>(i => i.Corrections),
            CorrectionTables.Effects<QuarterlyInput>(i => i.Corrections),
        ],
        [
            new("placements_over_time", "Vermittlungen im Zeitverlauf", i => Charts.PlacementsOverTime(i.Snapshot, i.Figures, i.Options)),
            new("spending_by_category", "Ausgaben je Kostenart gegen Bewilligung", i => Charts.SpendingByCategory(i.Figures)),
        ]);

    public static FormCatalog Catalog => Spec.Catalog;

    /// <summary>Every field and table of the catalog read from <paramref name="input"/>, and the charts named in
    /// <paramref name="charts"/> (all when null): what the form shows, without a template's selection or layout.</summary>
    public static FormData Evaluate(QuarterlyInput input, IReadOnlySet<string>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Spec.Evaluate(input, charts);
    }
}
