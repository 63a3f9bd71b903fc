namespace Reporting.Core.Storage;

/// <summary>The SELECTs a backend answers an <see cref="IStoreReader"/> with, in its own dialect. Every SELECT returns
/// the columns of the shared row classes by name; the per-project ones take <c>@ProjectId</c>, the tallies
/// <c>@AsOf</c> (ISO date).</summary>
internal sealed record StoreReadQueries(
    string Programs,
    string Projects,
    string BudgetLines,
    string Participants,
    string Placements,
    string Expenditures,
    string Disbursements,
    string TallyDays,
    string TallyPlacements,
    string TallyDisbursements);
