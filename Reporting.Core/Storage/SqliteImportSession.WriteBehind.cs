using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>How the session writes new records without waiting for them. When the import first writes to a table, it
/// asks which stored projects have records there (one probe of the table's key prefix per stored project); a project
/// that has none gets, when the import first meets it, a set of the keys this session writes to that table; a row whose key is not in the set is new for certain, so it is handed to the
/// <see cref="SqliteWriteBehind"/> and counted as added without asking SQLite. A key already in the set, a project
/// with stored records, and every other statement take the direct path, after the writer has caught up. The sets of
/// the few most recently met projects per table are kept; a project met again after that takes the direct path.</summary>
internal sealed partial class SqliteImportSession
{
    /// <summary>How many projects' key sets are kept per table.</summary>
    private const int NewProjectsKept = 4;

    private readonly SqliteWriteBehind _writes = new();

    /// <summary>The keys written this session for the projects of one table that had no stored records.</summary>
    private sealed class NewKeys(INewRecordWriter table, Func<HashSet<string>> projectsWithRecords)
    {
        private HashSet<string>? _stored;

        public INewRecordWriter Table => table;

        private readonly Dictionary<string, HashSet<RecordKey>> _projects = new(StringComparer.Ordinal);
        private readonly LinkedList<string> _recent = new();
        private readonly HashSet<string> _met = new(StringComparer.Ordinal);

        /// <summary>The key set of <paramref name="project"/> when all its records in the table are this session's,
        /// else null; the table is asked the first time a project is met.</summary>
        public HashSet<RecordKey>? Of(string project)
        {
            if (_projects.TryGetValue(project, out var keys))
            {
                if (_recent.First!.Value != project)
                {
                    _recent.Remove(project);
                    _recent.AddFirst(project);
                }
                return keys;
            }
            if (!_met.Add(project) || (_stored ??= projectsWithRecords()).Contains(project))
            {
                return null;
            }
            keys = [];
            _projects[project] = keys;
            _recent.AddFirst(project);
            if (_recent.Count > NewProjectsKept)
            {
                _projects.Remove(_recent.Last!.Value);
                _recent.RemoveLast();
            }
            return keys;
        }
    }

    private NewKeys? _newParticipants;
    private NewKeys? _newPlacements;
    private NewKeys? _newExpenditures;
    private NewKeys? _newDisbursements;

    private NewKeys Keys<T>(SqliteTable<T> table) where T : class => new(table, () =>
    {
        Sync();
        return table.ProjectsWithRecords();
    });

    /// <summary>Hands <paramref name="record"/> to the writer when its key is new for certain.</summary>
    private bool TryAddBehind<T>(T record, long source) where T : class
    {
        var (tracked, project) = record switch
        {
            Participant p => (_newParticipants ??= Keys(_participantTable), p.ProjectId.Value),
            Placement p => (_newPlacements ??= Keys(_placementTable), p.ProjectId.Value),
            Expenditure e => (_newExpenditures ??= Keys(_expenditureTable), e.ProjectId.Value),
            Disbursement d => (_newDisbursements ??= Keys(_disbursementTable), d.ProjectId.Value),
            _ => ((NewKeys?)null, ""),
        };
        if (tracked?.Of(project) is not { } keys || !keys.Add(RecordKey.Of(record)))
        {
            return false;
        }
        _writes.Add(tracked.Table, record, source);
        return true;
    }

    /// <summary>Lets the writer finish what it was handed, so that the session may use the connection.</summary>
    private void Sync() => _writes.Wait();
}
