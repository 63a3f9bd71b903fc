using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Storage;

namespace Reporting.Core.Reports;

/// <summary>The figures of one project for a period as every output shows them: the period resolved against the
/// project's runtime and <c>today</c>, computed by the engine, and made confidential for publication when asked.</summary>
public static class FiguresService
{
    /// <summary>The figures, or null when the project does not exist.</summary>
    /// <exception cref="PeriodOutsideRuntimeException">The period does not overlap the runtime.</exception>
    public static ProjectFigures? Compute(IStoreReader data, ProjectId id, PeriodSpec period, DateOnly today, bool publish, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        var snapshot = data.Snapshot(id);
        return snapshot is null ? null : Compute(snapshot, period.Resolve(snapshot.Project.Runtime, today), today, publish, options);
    }

    /// <summary>The figures of <paramref name="snapshot"/> for a resolved period (cut to the runtime by the engine).</summary>
    public static ProjectFigures Compute(ProjectSnapshot snapshot, ReportingPeriod period, DateOnly today, bool publish, FigureOptions? options = null)
    {
        var figures = FigureCalculator.Compute(snapshot, period, (options ?? FigureOptions.Default) with { Today = today });
        return publish ? Confidentiality.Apply(figures) : figures;
    }
}
