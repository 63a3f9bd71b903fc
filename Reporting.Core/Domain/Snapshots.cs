namespace Reporting.Core.Domain;

/// <summary>Everything known about one project, loaded once; the input of the figures engine.</summary>
public sealed record ProjectSnapshot(
    Project Project,
    FundingProgram Program,
    IReadOnlyList<BudgetLine> BudgetLines,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<Expenditure> Expenditures,
    IReadOnlyList<Disbursement> Disbursements)
{
    /// <summary>Submissions, closed periods, corrections and purges of the project (none when nothing was recorded).</summary>
    public Periods.ProjectLedger Ledger { get; init; } = Periods.ProjectLedger.Empty;
}

/// <summary>The whole data set of a database: programs and every project's snapshot.</summary>
public sealed record DataSet(IReadOnlyList<FundingProgram> Programs, IReadOnlyList<ProjectSnapshot> Projects)
{
    public static readonly DataSet Empty = new([], []);

    public ProjectSnapshot? Find(ProjectId id) => Projects.FirstOrDefault(p => p.Project.Id == id);
}
