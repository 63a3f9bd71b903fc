using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The state of one import while its files are read: the session that holds the records (stored ones and
/// those of earlier rows), the rows that were rejected, and the counts of the file being read.</summary>
internal sealed partial class ImportContext(IImportSession session, IReadOnlyList<ImportFile> files)
{
    /// <summary>How many rejected keys are remembered (to name them in later references and duplicates).</summary>
    private const int MaxRejected = 100_000;

    private readonly Dictionary<(RecordKind, string), (string File, int Line)> _rejected = [];

    public IImportSession Session => session;

    /// <summary>The ordinal (in the order given) of the file being read.</summary>
    public int FileIndex { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    /// <summary>By file ordinal: the projects its stored rows belong to.</summary>
    public Dictionary<int, IReadOnlyList<string>> FileProjects { get; } = [];

    private readonly SortedSet<string> _fileProjects = new(StringComparer.Ordinal);
    private string? _lastProject;

    /// <summary>Notes the project of a record the file being read stored (for the audit trail); rows are mostly sorted
    /// by project, so a repeat costs one comparison.</summary>
    public void Stored(RecordKey key)
    {
        if (key.Kind != RecordKind.Programs && !string.Equals(key.A, _lastProject, StringComparison.Ordinal))
        {
            _lastProject = key.A;
            _fileProjects.Add(key.A);
        }
    }

    /// <summary>The projects the file being read stored records of, by id; clears them for the next file.</summary>
    public IReadOnlyList<string> TakeFileProjects()
    {
        var projects = _fileProjects.ToList();
        _fileProjects.Clear();
        _lastProject = null;
        return projects;
    }

    public string FileName(long source) => files[ImportSource.File(source)].Name;

    public bool HasProgram(ProgramId id) => session.HasProgram(id);

    public Project? Project(ProjectId id) => session.Project(id);

    public bool HasBudgetLine(ProjectId project, string costCategory) => session.HasBudgetLine(project, costCategory);

    public DateOnly? EntryDate(ProjectId project, ParticipantId id) => session.EntryDate(project, id);

    private readonly Dictionary<ProjectId, (Project Project, string File, int Line)> _runtimes = [];

    /// <summary>Remembers a stored project this import changed, to check its stored records against its runtime at the end.</summary>
    public void RuntimeWritten(Project project, string file, int line) => _runtimes[project.Id] = (project, file, line);

    /// <summary>The stored projects changed by this import with the line that last wrote each.</summary>
    public IEnumerable<(Project Project, string File, int Line)> WrittenProjects => _runtimes.Values;

    private readonly HashSet<string> _addedProjects = new(StringComparer.Ordinal);

    /// <summary>Notes a project this import added: it has no records but the ones this import writes.</summary>
    public void ProjectAdded(string project) => _addedProjects.Add(project);

    /// <summary>Whether a participant row named a project stored before this import: only such a participant can
    /// have stored placements that this import did not check against its entry date as it read them.</summary>
    public bool StoredProjectParticipantsWritten { get; private set; }

    /// <summary>Notes a participant row of <paramref name="project"/>.</summary>
    public void ParticipantWritten(string project)
    {
        if (!_addedProjects.Contains(project))
        {
            StoredProjectParticipantsWritten = true;
        }
    }

    /// <summary>Remembers that the row of a record had problems.</summary>
    public void Reject(RecordKind kind, string key, string file, int line)
    {
        if (_rejected.Count < MaxRejected)
        {
            _rejected.TryAdd((kind, key), (file, line));
        }
    }

    /// <summary>Whether any row was rejected so far (when not, no key text is built to look one up).</summary>
    public bool HasRejected => _rejected.Count > 0;

    /// <summary>Where a record that is referred to was rejected in this import, or null.</summary>
    public (string File, int Line)? RejectedAt(RecordKind kind, string key) =>
        _rejected.TryGetValue((kind, key), out var at) ? at : null;
}
