using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Text;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>What the proof of use is filled from.</summary>
internal sealed record ProofInput(ProjectSnapshot Snapshot, ProofOfUse Proof, FigureOptions Options)
{
    /// <summary>Corrections to earlier closed periods this report lists (none by default).</summary>
    public CorrectionList Corrections { get; init; } = CorrectionList.Empty;
}

/// <summary>Zwischennachweis (a budget year) or Verwendungsnachweis (the runtime): numerical statement,
/// Belegliste, Sachbericht, deadline, signature.</summary>
internal static class ProofOfUseReport
{
    public const string Form = "proof";

    internal static readonly FormSpec<ProofInput> Spec = new(
        Form,
        [
            .. ProjectFields.For<ProofInput>(i => i.Snapshot, i => i.Proof.Scope, budgetYear: true),
            Text<ProofInput>("proof_kind", "Art des Nachweises", i => GermanLabels.Of(i.Proof.Kind, i.Proof.Deadline?.BudgetYear)),
            Text<ProofInput>("financing_type", "Finanzierungsart", _ => "Anteilfinanzierung"),
            Percent<ProofInput>("grant_share", "Förderquote (Zuwendung / Gesamtfinanzierung)", i => i.Proof.Payment.GrantShare),
            Euro<ProofInput>("total_planned", "Ausgaben lt. Finanzierungsplan", i => i.Proof.Expenses.TotalPlanned),
            Euro<ProofInput>("total_actual", "Ausgaben lt. Abrechnung", i => i.Proof.Expenses.TotalActual),
            Euro<ProofInput>("total_deviation", "Abweichung", i => i.Proof.Expenses.TotalDeviation),
            Euro<ProofInput>("offset_used", "Überschreitungen (in Anspruch genommener Ausgleich)", i => i.Proof.Expenses.PositiveDeviations),
            Euro<ProofInput>("offset_available", "Einsparungen (verfügbarer Ausgleich)", i => i.Proof.Expenses.NegativeDeviations),
            Flag<ProofInput>("any_line_over_tolerance", "Einzelansatz um mehr als 20 % überschritten", i => i.Proof.Expenses.AnyLineOverTolerance),
            Flag<ProofInput>("total_over_planned", "Gesamtausgaben über Finanzierungsplan", i => i.Proof.Expenses.TotalOverPlanned),
            Flag<ProofInput>("overrun_not_covered", "Überschreitungen nicht durch Einsparungen gedeckt", i => i.Proof.Expenses.OverrunNotCoveredBySavings),
            Euro<ProofInput>("income_actual", "Einnahmen lt. Abrechnung", i => i.Proof.Income.TotalActual),
            Euro<ProofInput>("coverage_difference", "Differenz Einnahmen − Ausgaben (Deckung)", i => i.Proof.Income.CoverageDifference),
            Flag<ProofInput>("covered", "Ausgaben gedeckt", i => i.Proof.Income.Covered),
            Euro<ProofInput>("grant", "Zuwendung lt. Bescheid", i => i.Proof.Payment.Grant),
            Euro<ProofInput>("grant_due", "Zuwendung lt. Abrechnung", i => i.Proof.Payment.GrantDue),
            Euro<ProofInput>("received", "Bisher ausgezahlt (im Nachweiszeitraum)", i => i.Proof.Payment.Received),
            Euro<ProofInput>("balance", "Saldo (+ Restzahlung / − Überzahlung)", i => i.Proof.Payment.Balance),
            Text<ProofInput>("balance_kind", "Ergebnis", i => BalanceKind(i.Proof.Payment.Balance)),
            Date<ProofInput>("deadline_due", "Vorlagefrist", i => i.Proof.Deadline?.Due),
            Text<ProofInput>("deadline_status", "Fristenstatus", i => i.Proof.Deadline is { } d ? GermanLabels.StatusOf(d) : null),
            Text<ProofInput>("deadline_rule", "Fristregel", i => DeadlineRule(i.Proof.Kind, i.Options)),
            Count<ProofInput>("voucher_count", "Anzahl Belege", i => i.Proof.Vouchers.Sum(g => g.Vouchers.Count)),
        ],
        [
            new("expenses", "Ausgaben (zahlenmäßiger Nachweis)",
            [
                Col("cost_category", ValueKind.Text, "Kostenart", 14),
                Col("label", ValueKind.Text, "Bezeichnung", 30),
                Col("planned", ValueKind.Euro, "lt. Finanzierungsplan", 18),
                Col("actual", ValueKind.Euro, "lt. Abrechnung", 18),
                Col("deviation", ValueKind.Euro, "Abweichung", 16),
                Col("deviation_ratio", ValueKind.Percent, "Abweichung %", 12),
                Col("over_tolerance", ValueKind.Flag, "über 20 %", 10),
            ],
            i => ExpenseRows(i.Proof.Expenses)),
            new("year_plan", "Finanzierungsplan nach Haushaltsjahren: Plan des Haushaltsjahres und der Gesamtlaufzeit",
            [
                Col("cost_category", ValueKind.Text, "Kostenart", 14),
                Col("label", ValueKind.Text, "Bezeichnung", 30),
                Col("planned_year", ValueKind.Euro, "Plan Haushaltsjahr", 18),
                Col("planned_runtime", ValueKind.Euro, "Plan Gesamtlaufzeit", 18),
                Col("planned_through_year", ValueKind.Euro, "Plan bis Ende Haushaltsjahr", 18),
                Col("spent_through_year", ValueKind.Euro, "Ausgaben bis Ende Haushaltsjahr", 18),
                Col("remaining_runtime", ValueKind.Euro, "Rest Gesamtlaufzeit", 18),
            ],
            i => YearPlanRows(i.Proof.YearPlan), OmitWhenEmpty: true),
            new("income", "Einnahmen (Finanzierung)",
            [
                Col("source", ValueKind.Text, "Finanzierungsquelle", 28),
                Col("planned", ValueKind.Euro, "lt. Bescheid", 18),
                Col("planned_share", ValueKind.Percent, "v. H.", 10),
                Col("actual", ValueKind.Euro, "lt. Abrechnung", 18),
                Col("actual_share", ValueKind.Percent, "v. H.", 10),
            ],
            i => IncomeRows(i.Proof.Income)),
            new("vouchers", "Belegliste",
            [
                Col("running_number", ValueKind.Count, "Lfd. Nr.", 8),
                Col("cost_category", ValueKind.Text, "Kostenart", 14),
                Col("voucher_no", ValueKind.Text, "Beleg-Nr.", 14),
                Col("payment_date", ValueKind.Date, "Zahlungsdatum", 13),
                Col("payee", ValueKind.Text, "Empfänger", 30),
                Col("purpose", ValueKind.Text, "Grund der Zahlung", 40),
                Col("amount", ValueKind.Euro, "Betrag", 16),
            ],
            i => VoucherRows(i.Proof), IsList: true),
            CorrectionTables.Corrections<ProofInput>(i => i.Corrections),
            CorrectionTables.Effects<ProofInput>(i => i.Corrections),
        ],
        [
            new("spending_by_category", "Ausgaben je Kostenart: Plan und Abrechnung", i => PlanVersusActual(i.Proof.Expenses)),
        ]);

    public static FormCatalog Catalog => Spec.Catalog;

    private static string BalanceKind(Money balance) =>
        balance.IsZero ? "ausgeglichen" : balance.IsNegative ? "Überzahlung (Rückforderung)" : "Restzahlung (noch auszuzahlen)";

    private static string DeadlineRule(DeadlineKind kind, FigureOptions o) => kind == DeadlineKind.Final
        ? $"Projektende + {o.FinalReportMonthsAfterEnd} Monate"
        : $"{o.InterimReportDueDay:D2}.{o.InterimReportDueMonth:D2}. des Folgejahres";

    private static IEnumerable<FormRow> ExpenseRows(ExpenseTable t) =>
        t.Lines.Select(l => Row(FormValue.Of(l.CostCategory), FormValue.Of(l.Label), FormValue.Of(l.Planned), FormValue.Of(l.Actual),
                FormValue.Of(l.Deviation), FormValue.Percent(l.DeviationRatio), FormValue.Flag(l.OverTolerance)))
            .Append(Total(FormValue.Of("Summe"), FormValue.Of((string?)null), FormValue.Of(t.TotalPlanned), FormValue.Of(t.TotalActual),
                FormValue.Of(t.TotalDeviation), FormValue.Percent(t.TotalDeviationRatio), FormValue.Flag(t.TotalOverPlanned)));

    /// <summary>No rows (and so no table on the form) for a plan without budget years or a scope across years.</summary>
    private static List<FormRow> YearPlanRows(BudgetYearPlan? p) => p is null ? [] :
        [
            .. p.Lines.Select(l => Row(FormValue.Of(l.CostCategory), FormValue.Of(l.Label), FormValue.Of(l.PlannedYear),
                FormValue.Of(l.PlannedRuntime), FormValue.Of(l.PlannedThroughYear), FormValue.Of(l.SpentThroughYear), FormValue.Of(l.RemainingRuntime))),
            Total(FormValue.Of("Summe"), FormValue.Of((string?)null), FormValue.Of(p.TotalPlannedYear), FormValue.Of(p.TotalPlannedRuntime),
                FormValue.Of(p.TotalPlannedThroughYear), FormValue.Of(p.TotalSpentThroughYear), FormValue.Of(p.TotalRemainingRuntime)),
        ];

    private static IEnumerable<FormRow> IncomeRows(IncomeTable t) =>
        t.Lines.Select(l => Row(FormValue.Of(GermanLabels.IncomeSource(l.Source)), FormValue.Of(l.Planned), FormValue.Percent(l.PlannedShare),
                FormValue.Of(l.Actual), FormValue.Percent(l.ActualShare)))
            .Append(Total(FormValue.Of("Summe"), FormValue.Of(t.TotalPlanned), FormValue.Percent(t.TotalPlanned.IsZero ? null : 1m),
                FormValue.Of(t.TotalActual), FormValue.Percent(t.TotalActual.IsZero ? null : 1m)));

    private static IEnumerable<FormRow> VoucherRows(ProofOfUse proof) => new VoucherRowList(proof);

    private static ChartBlock PlanVersusActual(ExpenseTable t) => new(
        "Ausgaben je Kostenart", "spending_by_category", ChartKind.Bars, "Kostenart", "Euro",
        [
            new("lt. Finanzierungsplan", t.Lines.Select(l => new ChartPoint(null, l.CostCategory, l.Planned.Amount)).ToList()),
            new("lt. Abrechnung", t.Lines.Select(l => new ChartPoint(null, l.CostCategory, l.Actual.Amount)).ToList()),
        ]);

    /// <summary>Shown on the form: <c>01.07.2017 – 30.09.2019</c>.</summary>
    public static string ScopeText(ReportingPeriod scope) => $"{GermanFormat.Date(scope.From)} – {GermanFormat.Date(scope.To)}";
}
