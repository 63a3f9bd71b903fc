using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Core.Output.FigureMember;

namespace Reporting.Core.Output;

/// <summary>The figures of each part of <see cref="ProjectFigures"/> and of the targets overview as named members, in the
/// order of docs/figures-json.md. The one list per part: the JSON writes it, the CSV writers pick their rows and
/// columns from it.</summary>
internal static class FigureMembers
{
    /// <summary>The whole figures object of one project.</summary>
    public static IReadOnlyList<FigureMember> Project(ProjectFigures f, bool published) =>
    [
        .. Identity(f), Of("recipient", f.Recipient), Of("region", f.Region),
        Range("runtime", f.Runtime), Range("period", f.Period.Range, f.Period.Label),
        Day("as_of", f.Period.AsOf), Day("today", f.Today), Flag("project_ended", f.ProjectEnded), Flag("published", published),
        Object("participants", Participants(f.Participants)),
        Object("placements", Placements(f.Placements)),
        Object("funding", Funding(f.Funding)),
        Euro("requestable_now", f.RequestableNow?.Requestable),
        Object("funds_request", f.RequestableNow, FundsRequest),
        Object("breakdowns", [.. f.Breakdowns.Select(Table)]),
        Array("deadlines", f.Deadlines.Select(d => Object("", Deadline(d)))),
        Object("next_deadline", f.NextDeadline, Deadline),
    ];

    public static IReadOnlyList<FigureMember> Identity(ProjectFigures f) =>
        [Of("project_id", f.ProjectId.Value), Of("project_name", f.ProjectName), Of("program_id", f.ProgramId.Value)];

    public static IReadOnlyList<FigureMember> Participants(ParticipantFigures p) =>
    [
        Count("entries", p.Entries), Count("entries_cumulative", p.EntriesCumulative), Count("active_at_end", p.ActiveAtEnd),
        Count("exits", p.Exits),
        Object("exits_by_reason", [.. p.ExitsByReason.RowKeys.Select((k, r) => new FigureMember(k, FigureCell.MaybeSuppressed(p.ExitsByReason[r, 0])))]),
        Count("places", p.Places), Ratio("occupancy", p.Occupancy),
    ];

    public static IReadOnlyList<FigureMember> Placements(PlacementFigures p) =>
    [
        Count("placements", p.Placements), Count("placements_cumulative", p.PlacementsCumulative),
        Object("by_kind", [.. p.ByKind.Select(k => Object(k.Kind.Code(),
        [
            Flag("counts_towards_target", k.CountsTowardsTarget).JsonOnly(),
            Count("placements", k.Placements), Count("placements_cumulative", k.PlacementsCumulative),
        ]))]),
        Count("sustained", p.Sustained), Count("sustained_pending", p.SustainedPending), Count("target_placements", p.TargetPlacements),
        Count("project_days", p.ProjectDays).JsonOnly(), Count("elapsed_days", p.ElapsedDays).JsonOnly(),
        .. Outlook(p.Attainment, p.ExpectedByNow, p.ForecastAtEnd, p.Status),
    ];

    public static IReadOnlyList<FigureMember> Funding(FundingFigures f) =>
    [
        Euro("grant", f.Grant), Euro("own_funds", f.OwnFunds), Euro("third_party_funds", f.ThirdPartyFunds),
        Euro("total_budget", f.TotalBudget), Euro("spent", f.Spent), Euro("spent_cumulative", f.SpentCumulative),
        Euro("remaining", f.Remaining), Ratio("utilisation", f.Utilisation), Euro("disbursed_cumulative", f.DisbursedCumulative),
        Day("overhang_cutoff", f.OverhangCutoff).JsonOnly(), Euro("overhang", f.Overhang),
        Euro("cost_per_placement", f.CostPerPlacement),
        Array("cost_categories", f.Categories.Select(c => Object("", Category(c)))),
    ];

    /// <summary>One cost category; its code and label are the key of its CSV rows.</summary>
    public static IReadOnlyList<FigureMember> Category(CategoryFigures c) =>
    [
        Of("cost_category", c.CostCategory).JsonOnly(), Of("label", c.Label).JsonOnly(),
        Euro("approved_amount", c.Approved), Euro("approved_budget_year", c.ApprovedBudgetYear),
        Euro("spent", c.Spent), Euro("spent_cumulative", c.SpentCumulative),
        Euro("category_overrun", c.Overrun), Flag("category_overrun_beyond_tolerance", c.OverrunBeyondTolerance),
    ];

    /// <summary>How the requestable amount was worked out; the CSV carries the amounts, the JSON also the way there.</summary>
    public static IReadOnlyList<FigureMember> FundsRequest(FundsRequest r) =>
    [
        Day("on", r.On), Of("request_no", r.RequestNo), Ratio("grant_share", r.GrantShare).JsonOnly(),
        Euro("received", r.Received), Euro("spent", r.Spent).JsonOnly(), Euro("spent_from_grant", r.SpentFromGrant),
        Euro("on_hand", r.OnHand), Day("overhang_cutoff", r.OverhangCutoff).JsonOnly(), Euro("overhang", r.Overhang),
        Range("horizon", r.Horizon).JsonOnly(),
        Of("basis", r.Basis == ExpectedPaymentsBasis.Planned ? "planned" : "forecast").JsonOnly(),
        Range("forecast_base", r.ForecastBase).JsonOnly(), Count("forecast_months", r.ForecastMonths).JsonOnly(),
        Array("expected", r.Expected.Select(e => Object("",
            [Of("cost_category", e.CostCategory), Euro("monthly_average", e.MonthlyAverage), Euro("amount", e.Amount)]))),
        Euro("expected_total", r.ExpectedTotal), Euro("expected_from_grant", r.ExpectedFromGrant),
        Euro("need", r.Need).JsonOnly(), Euro("open_grant", r.OpenGrant), Euro("requestable", r.Requestable),
        Flag("capped_by_open_grant", r.CappedByOpenGrant).JsonOnly(),
    ];

    /// <summary>A breakdown: one object per row key (its cells and row total), then the column totals.</summary>
    public static FigureMember Table(CountTable t)
    {
        var rows = t.RowKeys.Select((key, r) => Object(key,
        [
            .. t.ColumnKeys.Select((column, c) => new FigureMember(column, FigureCell.MaybeSuppressed(t[r, c]))),
            .. t.RowTotals is { } rowTotals ? [Count("total", rowTotals[r]).JsonOnly()] : Enumerable.Empty<FigureMember>(),
        ]));
        var totals = t.ColumnTotals is { } columnTotals
            ? [Object("total", [.. t.ColumnKeys.Select((column, c) => Count(column, columnTotals[c]))])]
            : Enumerable.Empty<FigureMember>();
        return Object(t.Name, [.. rows, .. totals]);
    }

    /// <summary>A deadline; its kind and budget year are the key of its CSV rows.</summary>
    public static IReadOnlyList<FigureMember> Deadline(ReportingDeadline d) =>
    [
        Of("kind", d.Kind.Code()).JsonOnly(), Count("budget_year", d.BudgetYear).JsonOnly(),
        Day("due", d.Due), Of("status", d.Status.Code()),
        .. d.SubmittedOn is { } submitted
            ? [Day("submitted_on", submitted), Flag("submitted_late", d.SubmittedLate == true).JsonOnly()]
            : Enumerable.Empty<FigureMember>(),
    ];

    /// <summary>The key of a deadline's CSV rows: its kind, with the budget year of an interim report.</summary>
    public static string DeadlineKey(ReportingDeadline d) =>
        d.BudgetYear is { } y ? $"{d.Kind.Code()}_{y.ToString(CultureInfo.InvariantCulture)}" : d.Kind.Code();

    /// <summary>The whole targets overview.</summary>
    public static IReadOnlyList<FigureMember> Targets(TargetsOverview o) =>
    [
        Of("scope", o.Scope), Day("as_of", o.AsOf),
        Array("projects", o.Rows.Select(r => Object("", Target(r)))),
        Object("total", RollUp(o.Total)),
        Array("not_started", o.NotStarted.Select(id => Of("", id.Value))),
    ];

    /// <summary>One project of the targets overview.</summary>
    public static IReadOnlyList<FigureMember> Target(TargetRow r) =>
    [
        Of("project_id", r.ProjectId.Value), Of("project_name", r.Name), Of("program_id", r.ProgramId.Value),
        Count("target_placements", r.TargetPlacements), Count("placements_cumulative", r.PlacementsCumulative),
        .. Outlook(r.Attainment, r.ExpectedByNow, r.ForecastAtEnd, r.Status),
        Euro("spent_cumulative", r.SpentCumulative), Euro("total_budget", r.TotalBudget), Ratio("utilisation", r.Utilisation),
        Euro("overhang", r.Overhang),
        Object("next_deadline", r.NextDeadline, Deadline),
    ];

    /// <summary>The figures of a scope summed over its projects.</summary>
    public static IReadOnlyList<FigureMember> RollUp(RollUp t) =>
    [
        Of("scope", t.Scope), Count("projects", t.Projects),
        Count("entries", t.Entries), Count("entries_cumulative", t.EntriesCumulative), Count("active_at_end", t.ActiveAtEnd),
        Count("exits", t.Exits), Count("placements", t.Placements), Count("placements_cumulative", t.PlacementsCumulative),
        Count("sustained", t.Sustained), Count("target_placements", t.TargetPlacements),
        .. Outlook(t.Attainment, t.ExpectedByNow, t.ForecastAtEnd, t.Status),
        Euro("grant", t.Grant), Euro("total_budget", t.TotalBudget), Euro("spent", t.Spent), Euro("spent_cumulative", t.SpentCumulative),
        Euro("remaining", t.Remaining), Ratio("utilisation", t.Utilisation),
        Euro("disbursed_cumulative", t.DisbursedCumulative), Euro("overhang", t.Overhang),
    ];

    /// <summary>attainment, expected_by_now, forecast_at_end and status: the target outlook of a project or a scope.</summary>
    private static FigureMember[] Outlook(decimal? attainment, decimal? expectedByNow, decimal? forecastAtEnd, TargetStatus? status) =>
    [
        Ratio("attainment", attainment), Decimal("expected_by_now", expectedByNow), Decimal("forecast_at_end", forecastAtEnd),
        Of("status", status?.Code()),
    ];
}
