namespace Reporting.Core.Domain;

/// <summary>A funding program (Förderprogramm), e.g. a Land model-project line.</summary>
/// <param name="Funder">Mittelgeber: Bund, Land, ESF, Kommune or free text.</param>
public sealed record FundingProgram(ProgramId Id, string Name, string? Funder, string? LegalBasis);

/// <summary>A funded project (Zuwendung) with its runtime, financing and placement target.</summary>
/// <param name="Runtime">Bewilligungszeitraum, start and end included.</param>
/// <param name="TargetKinds">Placement kinds that count towards the target (default employment and apprenticeship).</param>
public sealed record Project(
    ProjectId Id,
    ProgramId ProgramId,
    string Name,
    string? Recipient,
    string? Region,
    DateRange Runtime,
    Money Grant,
    Money OwnFunds,
    Money ThirdPartyFunds,
    int? TargetPlacements,
    int? Places,
    IReadOnlySet<PlacementKind> TargetKinds)
{
    public static readonly IReadOnlySet<PlacementKind> DefaultTargetKinds =
        new HashSet<PlacementKind> { PlacementKind.Employment, PlacementKind.Apprenticeship };

    /// <summary>grant + own_funds + third_party_funds.</summary>
    public Money TotalBudget => Grant + OwnFunds + ThirdPartyFunds;
}

/// <summary>An approved position of the financing plan (Finanzierungsplan), keyed by cost category and, when the grant
/// decision splits the plan by budget year (Haushaltsjahr), by year.</summary>
/// <param name="Approved">The approved amount for the runtime, or for <paramref name="BudgetYear"/> when one is given.</param>
/// <param name="BudgetYear">Null for a plan without years. A project's lines are all with a year or all without one;
/// the runtime amount of a category is then the sum of its years (docs/figures.md, "Budget years").</param>
public sealed record BudgetLine(ProjectId ProjectId, string CostCategory, string? Label, Money Approved, int? BudgetYear = null);

/// <summary>A participant (a pseudonym, never a name). Null flags mean "not known".</summary>
public sealed record Participant(
    ProjectId ProjectId,
    ParticipantId Id,
    DateOnly EntryDate,
    DateOnly? ExitDate,
    ExitReason? ExitReason,
    Gender? Gender,
    int? BirthYear,
    bool? LongTermUnemployed,
    bool? Refugee,
    bool? SeverelyDisabled);

/// <summary>A placement of a participant. <see cref="Sustained6m"/> null means not yet known.</summary>
public sealed record Placement(
    ProjectId ProjectId,
    ParticipantId ParticipantId,
    DateOnly Date,
    PlacementKind Kind,
    string? Sector,
    bool? Sustained6m);

/// <summary>A payment booked against a cost category (negative = refund or cancellation).</summary>
public sealed record Expenditure(
    ProjectId ProjectId,
    string VoucherNo,
    DateOnly PaymentDate,
    string CostCategory,
    Money Amount,
    string? Payee,
    string? Description);

/// <summary>A drawdown of grant money (Mittelabruf); counts as received on <see cref="ReceivedDate"/>.</summary>
public sealed record Disbursement(
    ProjectId ProjectId,
    string RequestNo,
    DateOnly? RequestDate,
    DateOnly? ReceivedDate,
    Money Amount);
