using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>The counts and sums of one project for one period that target attainment (<see cref="TargetsOverview"/>)
/// and roll-ups (<see cref="RollUp"/>) are made of; every other figure of those follows from these and the project.</summary>
/// <remarks>A store can answer it from summaries without reading the records; <see cref="Of"/> takes it from the
/// engine's full figures, and both must agree (a test compares them).</remarks>
public sealed record ProjectTally(
    Project Project,
    ReportingPeriod Period,
    int Entries,
    int EntriesCumulative,
    int ActiveAtEnd,
    int Exits,
    int Placements,
    int PlacementsCumulative,
    int Sustained,
    Money Spent,
    Money SpentCumulative,
    Money DisbursedCumulative,
    Money Overhang)
{
    /// <summary>The tally of figures computed by <see cref="FigureCalculator.Compute"/>.</summary>
    public static ProjectTally Of(ProjectFigures figures, Project project, IReadOnlyList<Periods.Submission>? submissions = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectTally(
            project,
            figures.Period,
            figures.Participants.Entries,
            figures.Participants.EntriesCumulative,
            figures.Participants.ActiveAtEnd,
            figures.Participants.Exits,
            figures.Placements.Placements,
            figures.Placements.PlacementsCumulative,
            figures.Placements.Sustained,
            figures.Funding.Spent,
            figures.Funding.SpentCumulative,
            figures.Funding.DisbursedCumulative,
            figures.Funding.Overhang)
        {
            Submissions = submissions ?? [],
        };
    }

    private readonly IReadOnlyList<Periods.Submission> _submissions = NoSubmissions;

    private static readonly Periods.Submission[] NoSubmissions = [];

    /// <summary>The project's submissions, which make its deadlines <c>submitted</c>. None is always the same empty list,
    /// so tallies without submissions are equal whichever reader made them.</summary>
    public IReadOnlyList<Periods.Submission> Submissions
    {
        get => _submissions;
        init => _submissions = value is null || value.Count == 0 ? NoSubmissions : value;
    }

    /// <summary>True when the period reaches the project's end date.</summary>
    public bool ProjectEnded => Period.To >= Project.Runtime.End;
}
