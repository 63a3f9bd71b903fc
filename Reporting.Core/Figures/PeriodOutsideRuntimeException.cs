using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>The reporting period does not overlap the project's runtime, so there is nothing to report.</summary>
public sealed class PeriodOutsideRuntimeException(ProjectId project, ReportingPeriod period, DateRange runtime)
    : Reports.ReportException(Reports.ReportErrorKind.Usage, $"period {period} lies outside the runtime {runtime} of project {project}")
{
    public ProjectId Project { get; } = project;
    public ReportingPeriod Period { get; } = period;
    public DateRange Runtime { get; } = runtime;
}
