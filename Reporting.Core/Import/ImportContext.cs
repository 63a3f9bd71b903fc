using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>What references may point to: the database's records, replaced or extended by records of earlier files of this import.</summary>
internal sealed class ImportContext
{
    private readonly HashSet<ProgramId> _programs = [];
    private readonly Dictionary<ProjectId, Project> _projects = [];
    private readonly HashSet<(ProjectId, string)> _budgetLines = [];
    private readonly Dictionary<(ProjectId, ParticipantId), Participant> _participants = [];
    private readonly Dictionary<(RecordKind, string), (string File, int Line)> _keys = [];
    private readonly Dictionary<(RecordKind, string), (string File, int Line)> _rejected = [];

    public static ImportContext From(DataSet existing)
    {
        var context = new ImportContext();
        foreach (var program in existing.Programs)
        {
            context._programs.Add(program.Id);
        }
        foreach (var snapshot in existing.Projects)
        {
            context.Add(snapshot.Project);
            foreach (var line in snapshot.BudgetLines)
            {
                context.Add(line);
            }
            foreach (var participant in snapshot.Participants)
            {
                context.Add(participant);
            }
        }
        return context;
    }

    public bool HasProgram(ProgramId id) => _programs.Contains(id);

    public Project? Project(ProjectId id) => _projects.GetValueOrDefault(id);

    public bool HasBudgetLine(ProjectId project, string costCategory) => _budgetLines.Contains((project, costCategory));

    public Participant? Participant(ProjectId project, ParticipantId id) => _participants.GetValueOrDefault((project, id));

    public void Add(FundingProgram program) => _programs.Add(program.Id);

    public void Add(Project project) => _projects[project.Id] = project;

    public void Add(BudgetLine line) => _budgetLines.Add((line.ProjectId, line.CostCategory));

    public void Add(Participant participant) => _participants[(participant.ProjectId, participant.Id)] = participant;

    /// <summary>Remembers that the row of a referable record (program, project, budget line, participant) had problems.</summary>
    public void Reject(RecordKind kind, string key, string file, int line) => _rejected.TryAdd((kind, key), (file, line));

    /// <summary>Where a record that is referred to was rejected in this import, or null.</summary>
    public (string File, int Line)? RejectedAt(RecordKind kind, string key) =>
        _rejected.TryGetValue((kind, key), out var at) ? at : null;

    /// <summary>Records a key of this import; returns where it was seen before, or null the first time.</summary>
    public (string File, int Line)? SeenBefore(RecordKind kind, string key, string file, int line)
    {
        if (_keys.TryGetValue((kind, key), out var first))
        {
            return first;
        }
        _keys[(kind, key)] = (file, line);
        return null;
    }
}
