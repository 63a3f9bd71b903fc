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
        var entries = new List<Project>();
        var tallies = new List<ProjectTally>();
        foreach (var snapshot in projects)
        {
            entries.Add(snapshot.Project);
            if (asOf >= snapshot.Project.Runtime.Start)
            {
                var figures = FigureCalculator.Compute(snapshot, PeriodOf(snapshot.Project, asOf), withToday);
                tallies.Add(ProjectTally.Of(figures, snapshot.Project, snapshot.Ledger.Submissions));
            }
        }
        return Build(scope, entries, tallies, asOf, options);
    }

    /// <summary>The overview from the tallies of the projects that have started by <paramref name="asOf"/>
    /// (<paramref name="projects"/> is every project of the scope, to name those that have not).</summary>
    public static TargetsOverview Build(
        string scope, IEnumerable<Project> projects, IReadOnlyCollection<ProjectTally> tallies, DateOnly asOf, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(tallies);
        options ??= FigureOptions.Default;
        var today = options.Today ?? asOf;
        var notStarted = projects.Where(p => asOf < p.Runtime.Start).Select(p => p.Id).ToList();
        var rows = tallies.Select(t => Row(t, today, options))
            .OrderBy(r => r.Status?.Severity() ?? 4)
            .ThenBy(r => r.Attainment is null ? 1 : 0)
            .ThenBy(r => r.Attainment)
            .ThenBy(r => r.ProjectId.Value, StringComparer.Ordinal)
            .ToList();
        notStarted.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        return new TargetsOverview(scope, asOf, rows, RollUp.Of(scope, tallies, options), notStarted);
    }

    /// <summary>The period a project is judged over as of <paramref name="asOf"/>: its start .. asOf, cut to the runtime.</summary>
    public static ReportingPeriod PeriodOf(Project project, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(project);
        return FigureCalculator.Clip(project, ReportingPeriod.Between(project.Runtime.Start, asOf));
    }

    private static TargetRow Row(ProjectTally t, DateOnly today, FigureOptions options)
    {
        var p = t.Project;
        var outlook = FigureCalculator.Outlook(p, t.Period, t.PlacementsCumulative, options);
        var deadlines = FigureCalculator.Deadlines(p.Runtime, today, options, t.Submissions);
        var total = p.TotalBudget;
        return new TargetRow(
            p.Id,
            p.Name,
            p.ProgramId,
            p.TargetPlacements,
            t.PlacementsCumulative,
            outlook.Attainment,
            outlook.ExpectedByNow,
            outlook.ForecastAtEnd,
            outlook.Status,
            t.SpentCumulative,
            total,
            total.IsZero ? null : t.SpentCumulative.Amount / total.Amount,
            t.Overhang,
            FigureCalculator.NextDeadline(deadlines, today));
    }
}
