using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>Figures summed over a set of projects (a program, funder, recipient, region or the whole Land).</summary>
/// <remarks>
/// Counts and euros are plain sums. Attainment is Σ placements_cumulative / Σ target_placements over the projects that
/// have a target, never an average of percentages; expected_by_now and forecast_at_end are sums of the projects' values
/// and the status follows from those sums by the project rule (met/missed only when every project has ended).
/// </remarks>
public sealed record RollUp(
    string Scope,
    int Projects,
    int Entries,
    int EntriesCumulative,
    int ActiveAtEnd,
    int Exits,
    int Placements,
    int PlacementsCumulative,
    int Sustained,
    long? TargetPlacements,
    int PlacementsCumulativeTowardsTarget,
    decimal? Attainment,
    decimal? ExpectedByNow,
    decimal? ForecastAtEnd,
    TargetStatus? Status,
    Money Grant,
    Money TotalBudget,
    Money Spent,
    Money SpentCumulative,
    Money Remaining,
    decimal? Utilisation,
    Money DisbursedCumulative,
    Money Overhang)
{
    public static RollUp Of(string scope, IReadOnlyCollection<ProjectTally> projects, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        options ??= FigureOptions.Default;
        var withTarget = projects.Where(p => p.Project.TargetPlacements is not null)
            .Select(p => (Tally: p, Outlook: FigureCalculator.Outlook(p.Project, p.Period, p.PlacementsCumulative, options!)))
            .ToList();
        // Summed as long: every project may have a target up to int.MaxValue.
        long? target = withTarget.Count == 0 ? null : withTarget.Sum(p => (long)p.Tally.Project.TargetPlacements!.Value);
        var towards = withTarget.Sum(p => p.Tally.PlacementsCumulative);
        decimal? expected = withTarget.Count == 0 ? null : withTarget.Sum(p => p.Outlook.ExpectedByNow!.Value);
        decimal? forecast = withTarget.Count == 0 ? null : withTarget.Sum(p => p.Outlook.ForecastAtEnd);
        TargetStatus? status = target is { } t
            ? FigureCalculator.Status(towards, t, expected!.Value, forecast!.Value, withTarget.All(p => p.Tally.ProjectEnded), options)
            : null;
        var total = projects.Sum(p => p.Project.TotalBudget);
        var spentCumulative = projects.Sum(p => p.SpentCumulative);
        return new RollUp(
            scope,
            projects.Count,
            projects.Sum(p => p.Entries),
            projects.Sum(p => p.EntriesCumulative),
            projects.Sum(p => p.ActiveAtEnd),
            projects.Sum(p => p.Exits),
            projects.Sum(p => p.Placements),
            projects.Sum(p => p.PlacementsCumulative),
            projects.Sum(p => p.Sustained),
            target,
            towards,
            target is > 0 ? (decimal)towards / target.Value : null,
            expected,
            forecast,
            status,
            projects.Sum(p => p.Project.Grant),
            total,
            projects.Sum(p => p.Spent),
            spentCumulative,
            total - spentCumulative,
            total.IsZero ? null : spentCumulative / total,
            projects.Sum(p => p.DisbursedCumulative),
            projects.Sum(p => p.Overhang));
    }
}
