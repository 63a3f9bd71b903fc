using Reporting.Core.Domain;

namespace Reporting.Core.Periods;

/// <summary>A period of a project that is frozen (<c>close</c>, or a submission that closes its period): records dated
/// inside it may change only as corrections, and its reports are rebuilt from the forms frozen at the close.</summary>
/// <param name="Period">The period cut to the project's runtime.</param>
/// <param name="AsOf">The day the frozen forms judged deadlines against (the submission day, or the day of the close).</param>
public sealed record ClosedPeriod(
    ProjectId Project,
    ReportingPeriod Period,
    DateOnly AsOf,
    DateTimeOffset ClosedAt,
    string ClosedBy)
{
    /// <summary>True when <paramref name="day"/> lies inside the period.</summary>
    public bool Contains(DateOnly day) => Period.Contains(day);

    /// <summary>Same project and the same days (the label is not compared).</summary>
    public bool Covers(ProjectId project, ReportingPeriod period) =>
        Project == project && Period.From == period.From && Period.To == period.To;
}
