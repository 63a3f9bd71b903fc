using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>The writes of <c>submit</c>, <c>close</c> and <c>purge</c> (schema 5); both backends implement it next to
/// <see cref="IReportingStore"/>. Each call is one transaction: all of it is stored, or nothing.</summary>
public interface IPeriodStore
{
    /// <summary>Records a submission (replacing an earlier one of the same form and period) and/or closes a period
    /// with its frozen forms. A period already closed stays as it was closed first.</summary>
    /// <returns>False when <see cref="PeriodEntry.Close"/> was given but the period was already closed.</returns>
    bool Record(PeriodEntry entry);

    /// <summary>Deletes the participants of <see cref="PurgeRequest.Project"/> who left before <see cref="PurgeRequest.Before"/>
    /// and have no placement on or after it, with their placements; rebuilds the project's summaries and records the
    /// purge. Refused (nothing deleted) when a record to delete lies in a period that is not closed, unless forced.</summary>
    PurgeOutcome Purge(PurgeRequest request);
}

/// <summary>What <see cref="IPeriodStore.Record"/> stores.</summary>
/// <param name="Frozen">The forms of the closed period as built at the close (<see cref="FrozenForm"/>).</param>
public sealed record PeriodEntry(Submission? Submission, ClosedPeriod? Close, IReadOnlyList<FrozenFormData> Frozen);

/// <summary>One frozen form of a closed period: the form key, internal or published, and its data as JSON.</summary>
public sealed record FrozenFormData(string Form, bool Published, string Data);

/// <param name="At">When, for the purge record.</param>
/// <param name="By">Who (the operating-system user), for the purge record.</param>
public sealed record PurgeRequest(ProjectId Project, DateOnly Before, bool Force, bool DryRun, DateTimeOffset At, string By);

/// <summary>What a purge did or would do.</summary>
/// <param name="Refusal">Why it was refused (nothing deleted), or null.</param>
/// <param name="OpenDays">The first days of records to delete that lie in no closed period (at most a few).</param>
public sealed record PurgeOutcome(int Participants, int Placements, IReadOnlyList<DateOnly> OpenDays, string? Refusal)
{
    public bool Refused => Refusal is not null;
}
