using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Reports;

/// <summary>The figures of a project and the target overview of a scope read from the database at a store location
/// (<see cref="StoreFactory"/>'s rules; its schema must be current), as <c>figures</c> and <c>targets</c> show them; what
/// cannot be shown is a <see cref="ReportException"/> in the user's words.</summary>
public static class FiguresLookup
{
    /// <summary>The figures of project <paramref name="id"/> for <paramref name="period"/> (<see cref="FiguresService"/>).</summary>
    /// <exception cref="ReportException">No such project (<see cref="ReportErrorKind.NotFound"/>); a period outside its
    /// runtime (<see cref="ReportErrorKind.Usage"/>).</exception>
    public static ProjectFigures Project(string location, ProjectId id, PeriodSpec period, DateOnly today, bool publish)
    {
        try
        {
            return CurrentStore.Read(location, read => FiguresService.Compute(read, id, period, today, publish))
                ?? throw new ReportException(ReportErrorKind.NotFound, $"project '{id}' not found in the database");
        }
        catch (PeriodOutsideRuntimeException e)
        {
            throw new ReportException(ReportErrorKind.Usage, e.Message);
        }
    }

    /// <summary>The target overview of <paramref name="scope"/> as of <paramref name="asOf"/> (<see cref="TargetsService"/>).</summary>
    /// <exception cref="ReportException">The scope names no project (<see cref="ReportErrorKind.NotFound"/>).</exception>
    public static TargetsOverview Targets(string location, ReportScope scope, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return CurrentStore.Read(location, read => TargetsService.Build(read, scope, asOf))
            ?? throw new ReportException(ReportErrorKind.NotFound, $"no project found for {scope}");
    }
}
