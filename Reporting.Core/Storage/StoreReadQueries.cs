namespace Reporting.Core.Storage;

/// <summary>The SELECTs a backend answers an <see cref="IStoreReader"/> with, in its own dialect. Every SELECT returns
/// the columns of its backend's row classes (<see cref="StoreRowMapping"/>) by name; the per-project ones take
/// <c>@ProjectId</c>, the tallies <c>@AsOf</c> (bound by <see cref="StoreRowMapping.TallyArgs"/>: ISO date text on
/// SQLite, a <c>date</c> on PostgreSQL).</summary>
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
