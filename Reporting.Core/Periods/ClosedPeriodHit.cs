using Reporting.Core.Storage;

namespace Reporting.Core.Periods;

/// <summary>A record an import adds or changes that is dated inside a closed period of its project.</summary>
/// <param name="Before">The stored record, or null when the import adds it.</param>
/// <param name="Source">The file and line that wrote it (<see cref="ImportSource"/>).</param>
internal sealed record ClosedPeriodHit(RecordKind Kind, string Key, DateOnly Date, ClosedPeriod Closed, object? Before, object After, long Source);
