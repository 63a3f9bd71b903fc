using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>One project in the targets overview.</summary>
public sealed record TargetRow(
    ProjectId ProjectId,
    string Name,
    ProgramId ProgramId,
    int? TargetPlacements,
    int PlacementsCumulative,
    decimal? Attainment,
    decimal? ExpectedByNow,
    decimal ForecastAtEnd,
    TargetStatus? Status,
    Money SpentCumulative,
    Money TotalBudget,
    decimal? Utilisation,
    Money Overhang,
    ReportingDeadline? NextDeadline);

/// <summary>Target attainment of every project in a scope as of a date, worst first, with the roll-up row.</summary>
/// <param name="NotStarted">Projects in scope whose runtime starts after the as-of date (no figures yet).</param>
public sealed record TargetsOverview(
    string Scope,
    DateOnly AsOf,
    IReadOnlyList<TargetRow> Rows,
    RollUp Total,
    IReadOnlyList<ProjectId> NotStarted)
{
    /// <summary>For each project the period start..<paramref name="asOf"/> cut to its runtime; deadlines judged against
    /// <paramref name="asOf"/> unless the options name another today. Sorted off_track/missed, at_risk, on_track, met,
    /// projects without a target last; then lowest attainment first; then id.</summary>
    public static TargetsOverview Build(string scope, IEnumerable<ProjectSnapshot> projects, DateOnly asOf, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        options ??= FigureOptions.Default;
        var withToday = options with { Today = options.Today ?? asOf };
        var figures = new List<ProjectFigures>();
        var notStarted = new List<ProjectId>();
        foreach (var snapshot in projects)
        {
            var runtime = snapshot.Project.Runtime;
            if (asOf < runtime.Start)
            {
                notStarted.Add(snapshot.Project.Id);
                continue;
            }
            figures.Add(FigureCalculator.Compute(snapshot, ReportingPeriod.Between(runtime.Start, asOf), withToday));
        }

        var rows = figures.Select(Row)
            .OrderBy(r => r.Status?.Severity() ?? 4)
            .ThenBy(r => r.Attainment is null ? 1 : 0)
            .ThenBy(r => r.Attainment)
            .ThenBy(r => r.ProjectId.Value, StringComparer.Ordinal)
            .ToList();
        notStarted.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        return new TargetsOverview(scope, asOf, rows, RollUp.Of(scope, figures, options), notStarted);
    }

    private static TargetRow Row(ProjectFigures f) => new(
        f.ProjectId,
        f.ProjectName,
        f.ProgramId,
        f.Placements.TargetPlacements,
        f.Placements.PlacementsCumulative,
        f.Placements.Attainment,
        f.Placements.ExpectedByNow,
        f.Placements.ForecastAtEnd,
        f.Placements.Status,
        f.Funding.SpentCumulative,
        f.Funding.TotalBudget,
        f.Funding.Utilisation,
        f.Funding.Overhang,
        f.NextDeadline);
}
