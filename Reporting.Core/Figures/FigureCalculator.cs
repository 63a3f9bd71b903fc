using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>Computes the figures of figures.md from one project's records. Pure: no I/O, no clock.</summary>
/// <remarks>Split by aspect: <c>.Participants</c>, <c>.Placements</c>, <c>.Funding</c>, <c>.Breakdowns</c>,
/// <c>.ProofOfUse</c>, <c>.Deadlines</c>, <c>.Mittelabruf</c>.</remarks>
public static partial class FigureCalculator
{
    /// <summary>The figures of <paramref name="snapshot"/> for <paramref name="period"/> cut to the project's runtime.</summary>
    /// <exception cref="PeriodOutsideRuntimeException">The period does not overlap the runtime.</exception>
    public static ProjectFigures Compute(ProjectSnapshot snapshot, ReportingPeriod period, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(period);
        options ??= FigureOptions.Default;
        var project = snapshot.Project;
        var clipped = Clip(project, period);
        var today = options.Today ?? clipped.To;
        var placed = FirstTargetPlacements(snapshot);
        var placements = ComputePlacements(snapshot, clipped, placed, options);
        return new ProjectFigures(
            project.Id,
            project.Name,
            project.ProgramId,
            project.Recipient,
            project.Region,
            project.Runtime,
            clipped,
            today,
            clipped.To >= project.Runtime.End,
            ComputeParticipants(snapshot, clipped),
            placements,
            ComputeFunding(snapshot, clipped, placements.PlacementsCumulative, options),
            ComputeBreakdowns(snapshot, clipped, placed),
            Deadlines(project.Runtime, today, options, snapshot.Ledger.Submissions))
        {
            // A request looks months back and ahead; a day at the calendar's edges has no such months.
            RequestableNow = today.Year is > 1 and < 9999 ? ComputeFundsRequest(snapshot, today, null, options) : null,
        };
    }

    /// <summary>The period cut to the project's runtime.</summary>
    /// <exception cref="PeriodOutsideRuntimeException">The period does not overlap the runtime.</exception>
    public static ReportingPeriod Clip(Project project, ReportingPeriod period) =>
        period.ClipTo(project.Runtime) ?? throw new PeriodOutsideRuntimeException(project.Id, period, project.Runtime);

    private static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;
}
