using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>All figures of one project for one reporting period, as figures.md defines them.</summary>
/// <param name="Period">The requested period cut to the project's runtime.</param>
/// <param name="Today">The day deadline statuses were judged against.</param>
/// <param name="ProjectEnded">True when the period reaches the project's end date (statuses are met/missed).</param>
public sealed record ProjectFigures(
    ProjectId ProjectId,
    string ProjectName,
    ProgramId ProgramId,
    string? Recipient,
    string? Region,
    DateRange Runtime,
    ReportingPeriod Period,
    DateOnly Today,
    bool ProjectEnded,
    ParticipantFigures Participants,
    PlacementFigures Placements,
    FundingFigures Funding,
    IReadOnlyList<CountTable> Breakdowns,
    IReadOnlyList<ReportingDeadline> Deadlines)
{
    /// <summary>The funds request (Mittelabruf) as of <see cref="Today"/>, forecast from the spending so far; its
    /// <see cref="FundsRequest.Requestable"/> is <c>requestable_now</c>.</summary>
    public FundsRequest? RequestableNow { get; init; }

    /// <summary>The first deadline not yet submitted on or after <see cref="Today"/>, else the last one not submitted
    /// (overdue), else the last one (see <see cref="FigureCalculator.NextDeadline"/>).</summary>
    public ReportingDeadline? NextDeadline => FigureCalculator.NextDeadline(Deadlines, Today);
}

/// <summary>Participant counts (persons).</summary>
/// <param name="ExitsByReason">Table <c>exit_reason</c>: rows placement, training, dropout, other, unknown; one column
/// <c>exits</c> whose total is <see cref="Exits"/>. A table so that publication can suppress it like a breakdown.</param>
/// <param name="Occupancy">Σ active persons per day / (days × places); null when places is unknown or 0.</param>
public sealed record ParticipantFigures(
    int Entries,
    int EntriesCumulative,
    int ActiveAtEnd,
    int Exits,
    CountTable ExitsByReason,
    int? Places,
    decimal? Occupancy);

/// <summary>Placements of one kind, a person counted once per kind.</summary>
public sealed record KindPlacements(PlacementKind Kind, bool CountsTowardsTarget, int Placements, int PlacementsCumulative);

/// <summary>Placement counts (persons) and target attainment.</summary>
/// <param name="Sustained">Persons placed on or before <c>to</c> whose counting placement has sustained_6m = true.</param>
/// <param name="SustainedPending">Persons placed on or before <c>to</c>, less than six months before it (after to − 6 months),
/// whose counting placement has no sustained_6m yet.</param>
/// <param name="Attainment">placements_cumulative / target_placements; null without a (non-zero) target.</param>
/// <param name="ExpectedByNow">target × elapsed_days / project_days; null without a target.</param>
/// <param name="ForecastAtEnd">placements_cumulative × project_days / elapsed_days.</param>
/// <param name="Status">Null without a target.</param>
public sealed record PlacementFigures(
    int Placements,
    int PlacementsCumulative,
    IReadOnlyList<KindPlacements> ByKind,
    int Sustained,
    int SustainedPending,
    int? TargetPlacements,
    int ProjectDays,
    int ElapsedDays,
    decimal? Attainment,
    decimal? ExpectedByNow,
    decimal ForecastAtEnd,
    TargetStatus? Status);

/// <summary>Spending of one cost category against its approved amount.</summary>
/// <param name="Approved">The category's approved amount for the runtime (with budget years: the sum of its years); null
/// when money was booked on a category without a line.</param>
/// <param name="Overrun">spent_cumulative − approved where positive, else 0.</param>
/// <param name="OverrunBeyondTolerance">Overrun greater than tolerance × approved (exactly the tolerance is not flagged).</param>
/// <param name="ApprovedBudgetYear">The plan of the budget year the period lies in, when the financing plan is split by
/// budget year (0 for a category with no line in that year); null for a plan without years or a period that spans years.</param>
public sealed record CategoryFigures(
    string CostCategory,
    string? Label,
    Money? Approved,
    Money Spent,
    Money SpentCumulative,
    Money Overrun,
    bool OverrunBeyondTolerance,
    Money? ApprovedBudgetYear = null);

/// <summary>Euro figures. Exact decimals; rounding happens only when written.</summary>
/// <param name="Utilisation">spent_cumulative / total_budget; null when the budget is 0.</param>
/// <param name="OverhangCutoff">to minus the horizon in calendar months; disbursements received on or before it count.
/// Null when that lies before 01.01.0001 (then nothing counts).</param>
/// <param name="CostPerPlacement">spent_cumulative / placements_cumulative; null with no placement yet.</param>
public sealed record FundingFigures(
    Money Grant,
    Money OwnFunds,
    Money ThirdPartyFunds,
    Money TotalBudget,
    Money Spent,
    Money SpentCumulative,
    Money Remaining,
    decimal? Utilisation,
    Money DisbursedCumulative,
    DateOnly? OverhangCutoff,
    Money Overhang,
    Money? CostPerPlacement,
    IReadOnlyList<CategoryFigures> Categories);

/// <summary>A reporting deadline: a Zwischennachweis for a budget year, or the Verwendungsnachweis.</summary>
/// <param name="BudgetYear">The budget year an interim report covers; null for the final report.</param>
public sealed record ReportingDeadline(DeadlineKind Kind, int? BudgetYear, DateOnly Due, DeadlineStatus Status)
{
    /// <summary>The day the report was handed in when <see cref="Status"/> is <see cref="DeadlineStatus.Submitted"/>.</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>True when it was handed in after the due day; null when not submitted.</summary>
    public bool? SubmittedLate => SubmittedOn is { } s ? s > Due : null;
}
