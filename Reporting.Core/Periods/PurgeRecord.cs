using Reporting.Core.Domain;

namespace Reporting.Core.Periods;

/// <summary>A purge of participant-level records (<c>purge</c>): whose, up to which day, who and when, how many
/// participants and placements were deleted, and whether a period that was not closed was purged with <c>--force</c>.</summary>
public sealed record PurgeRecord(
    ProjectId Project,
    DateOnly Before,
    DateTimeOffset PurgedAt,
    string PurgedBy,
    int Participants,
    int Placements,
    bool Forced);
