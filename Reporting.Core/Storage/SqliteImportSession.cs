using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The streaming import into SQLite: one write transaction, prepared statements per table, summaries kept
/// exact by deltas (<see cref="SqliteImportSession.Summaries"/>). Only programs, projects and budget line keys are held
/// in memory; participants are read one at a time.</summary>
internal sealed partial class SqliteImportSession : IImportSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _tx;
    private readonly HashSet<ProgramId> _programs = [];
    private readonly Dictionary<ProjectId, Project> _projects = [];
    /// <summary>The cost categories of the budget lines, by project.</summary>
    private readonly Dictionary<string, HashSet<string>> _budgetLines = new(StringComparer.Ordinal);

    // The last project asked for and the last project's cost categories: rows come by project, so most rows ask again.
    private (ProjectId Id, Project? Project)? _lastProject;
    private (string? Project, HashSet<string>? Categories) _lastCategories;
    private readonly SqliteTable<FundingProgram> _programTable;
    private readonly SqliteTable<Project> _projectTable;
    private readonly SqliteTable<BudgetLine> _budgetLineTable;
    private readonly SqliteTable<Participant> _participantTable;
    private readonly SqliteTable<Placement> _placementTable;
    private readonly SqliteTable<Expenditure> _expenditureTable;
    private readonly SqliteTable<Disbursement> _disbursementTable;
    private Participant? _lastParticipant;
    private bool _done;

    /// <summary>The new records of the projects this import added, written on the queue's thread; every other use of
    /// the connection drains it first.</summary>
    private readonly SqliteInsertQueue _queue = new();
    private readonly NewKeys _newParticipants = new();
    private readonly NewKeys _newPlacements = new();
    private readonly NewKeys _newExpenditures = new();
    private readonly NewKeys _newDisbursements = new();

    private readonly string _location;
    private readonly long _cacheSize;

    /// <summary>The page cache of the import connection (negative: KiB), 64 MiB: the tree paths of one large table
    /// stay in memory for the point reads of a re-import, and memory stays bounded whatever the file size.</summary>
    internal const int ImportCacheKiB = -65536;

    public SqliteImportSession(SqliteConnection connection, string location, DateTimeOffset startedAt)
    {
        _connection = connection;
        _location = location;
        _cacheSize = connection.ExecuteScalar<long>("PRAGMA cache_size;");
        // Outside a transaction only: SQLite ignores foreign_keys inside one. The importer checks every reference
        // itself (a project's program, every record's project, a placement's participant) before it writes a row, so
        // SQLite's per-row lookups would repeat its checks; ImportForeignKeyTests pins that they cover every key.
        connection.Execute($"PRAGMA foreign_keys = OFF; PRAGMA cache_size = {ImportCacheKiB.ToString(CultureInfo.InvariantCulture)};");
        try
        {
            _tx = connection.BeginTransaction(deferred: false);
        }
        catch
        {
            RestorePragmas();
            throw;
        }
        Run = connection.ExecuteScalar<long>(
            "INSERT INTO import_runs (started_at) VALUES (@At); SELECT last_insert_rowid();",
            new { At = startedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) }, _tx);
        _programTable = new(connection, _tx, RecordMaps.Programs, Run);
        _projectTable = new(connection, _tx, RecordMaps.Projects, Run);
        _budgetLineTable = new(connection, _tx, RecordMaps.BudgetLines, Run);
        _participantTable = new(connection, _tx, RecordMaps.Participants, Run);
        _placementTable = new(connection, _tx, RecordMaps.Placements, Run);
        _expenditureTable = new(connection, _tx, RecordMaps.Expenditures, Run);
        _disbursementTable = new(connection, _tx, RecordMaps.Disbursements, Run);
        _addTotals = new SqliteInsertQueue.Target(new SqliteStatement(connection, AddTotalsSql(1)),
            new SqliteStatement(connection, AddTotalsSql(SqliteInsertQueue.RowsPerStep)), 6);
        foreach (var program in All(RecordMaps.Programs))
        {
            _programs.Add(program.Id);
        }
        foreach (var project in All(RecordMaps.Projects))
        {
            _projects[project.Id] = project;
        }
        foreach (var line in All(RecordMaps.BudgetLines))
        {
            AddCategory(line);
        }
    }

    /// <summary>Every stored record of <paramref name="map"/>'s table (read once, when the import begins).</summary>
    private List<T> All<T>(RecordMap<T> map) => map.Query(_connection, _tx, StoreDialect.Sqlite, map.Select(StoreDialect.Sqlite));

    public long Run { get; }

    public bool HasProgram(ProgramId id) => _programs.Contains(id);

    public Project? Project(ProjectId id)
    {
        if (_lastProject is { } last && last.Id == id)
        {
            return last.Project;
        }
        var project = _projects.GetValueOrDefault(id);
        _lastProject = (id, project);
        return project;
    }

    public bool HasBudgetLine(ProjectId project, string costCategory)
    {
        if (!string.Equals(_lastCategories.Project, project.Value, StringComparison.Ordinal))
        {
            _lastCategories = (project.Value, _budgetLines.GetValueOrDefault(project.Value));
        }
        return _lastCategories.Categories?.Contains(costCategory) == true;
    }

    private void AddCategory(BudgetLine line)
    {
        if (!_budgetLines.TryGetValue(line.ProjectId.Value, out var categories))
        {
            categories = new HashSet<string>(StringComparer.Ordinal);
            _budgetLines[line.ProjectId.Value] = categories;
            _lastCategories = default;
        }
        categories.Add(line.CostCategory);
    }

    public IReadOnlyList<BudgetLine> BudgetLines(ProjectId project) => Drained(() =>
        RecordMaps.BudgetLines.Query(_connection, _tx, StoreDialect.Sqlite, SqliteStore.ReadQueries.BudgetLines, RecordMaps.ProjectArg(project)));

    public int RemoveBudgetLinesWithoutYear(ProjectId project) => Drained(() =>
        _connection.Execute("DELETE FROM budget_lines WHERE project_id = @P AND budget_year IS NULL;", new { P = project.Value }, _tx));

    public Participant? Participant(ProjectId project, ParticipantId id)
    {
        if (_lastParticipant is { } last && last.ProjectId == project && last.Id == id)
        {
            return last;
        }
        _queue.Drain();
        var found = _participantTable.Find(new RecordKey(RecordKind.Participants, project.Value, id.Value))?.Record;
        _lastParticipant = found;
        return found;
    }

    /// <summary>From the entry dates of the project's participants, read in one go the first time a placement of the
    /// project asks (placements come mostly sorted by project, and a project has few participants compared with the
    /// store). A project asked for again after others is answered one participant at a time, so an unsorted file costs
    /// no more than a lookup per row.</summary>
    public DateOnly? EntryDate(ProjectId project, ParticipantId id)
    {
        if (!string.Equals(_entryDatesProject, project.Value, StringComparison.Ordinal))
        {
            if (!_entryDatesRead.Add(project.Value))
            {
                return Participant(project, id)?.EntryDate;
            }
            _queue.Drain();
            _entryDates.Clear();
            _entryDatesProject = project.Value;
            _entryDatesQuery ??= new SqliteStatement(_connection, "SELECT participant_id, entry_date FROM participants WHERE project_id = ?1;");
            _entryDatesQuery.Text(1, project.Value);
            while (_entryDatesQuery.Step())
            {
                _entryDates[_entryDatesQuery.ColumnText(0)!] = Rows.Date(_entryDatesQuery.ColumnText(1)!); // both NOT NULL
            }
            _entryDatesQuery.Reset();
        }
        return _entryDates.TryGetValue(id.Value, out var entry) ? entry : null;
    }

    private readonly Dictionary<string, DateOnly> _entryDates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _entryDatesRead = new(StringComparer.Ordinal);
    private string? _entryDatesProject;
    private SqliteStatement? _entryDatesQuery;

    public bool TryAdd<T>(T record, long source) where T : class
    {
        if (Queued(record, source))
        {
            Remember(null, record);
            return true;
        }
        _queue.Drain();
        var added = record switch
        {
            FundingProgram p => _programTable.TryAdd(p, source),
            Project p => _projectTable.TryAdd(p, source),
            BudgetLine b => _budgetLineTable.TryAdd(b, source),
            Participant p => _participantTable.TryAdd(p, source),
            Placement p => _placementTable.TryAdd(p, source),
            Expenditure e => _expenditureTable.TryAdd(e, source),
            Disbursement d => _disbursementTable.TryAdd(d, source),
            _ => throw new ArgumentOutOfRangeException(nameof(record)),
        };
        if (added)
        {
            if (record is Project project)
            {
                foreach (var keys in (ReadOnlySpan<NewKeys>)[_newParticipants, _newPlacements, _newExpenditures, _newDisbursements])
                {
                    keys.ProjectAdded(project.Id.Value);
                }
            }
            Remember(null, record);
        }
        return added;
    }

    /// <summary>Queues a record of a project this import added whose key it has not written yet.</summary>
    private bool Queued<T>(T record, long source) where T : class => record switch
    {
        Participant p => Queued(_newParticipants, _participantTable, p, RecordKey.Of(p), source),
        Placement p => Queued(_newPlacements, _placementTable, p, RecordKey.Of(p), source),
        Expenditure e => Queued(_newExpenditures, _expenditureTable, e, RecordKey.Of(e), source),
        Disbursement d => Queued(_newDisbursements, _disbursementTable, d, RecordKey.Of(d), source),
        _ => false,
    };

    private bool Queued<TRecord>(NewKeys keys, SqliteTable<TRecord> table, TRecord record, in RecordKey key, long source)
        where TRecord : class
    {
        if (keys.FirstLook(key.A))
        {
            // A stored project's first row to be added to this table: when the table holds none of its records, its
            // keys are new as a new project's are.
            _queue.Drain();
            if (!table.HasRecordsOf(key.A))
            {
                keys.ProjectAdded(key.A);
            }
        }
        if (!keys.IsNew(key))
        {
            return false;
        }
        _queue.Add(table, record, source);
        return true;
    }

    /// <summary>Runs <paramref name="read"/> on the connection once every queued record is written.</summary>
    private TResult Drained<TResult>(Func<TResult> read)
    {
        _queue.Drain();
        return read();
    }

    public Stored<T>? Find<T>(RecordKey key) where T : class => Drained(() => key.Kind switch
    {
        RecordKind.Programs => _programTable.Find(key) as Stored<T>,
        RecordKind.Projects => _projectTable.Find(key) as Stored<T>,
        RecordKind.BudgetLines => _budgetLineTable.Find(key) as Stored<T>,
        RecordKind.Participants => _participantTable.Find(key) as Stored<T>,
        RecordKind.Placements => _placementTable.Find(key) as Stored<T>,
        RecordKind.Expenditures => _expenditureTable.Find(key) as Stored<T>,
        RecordKind.Disbursements => _disbursementTable.Find(key) as Stored<T>,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    });

    public void Update<T>(T before, T after, long source) where T : class
    {
        _queue.Drain();
        var same = before.Equals(after) || (before is Project a && after is Project b && SameProject(a, b));
        if (same)
        {
            Touch(RecordKey.Of(after), source);
            return;
        }
        switch (after)
        {
            case FundingProgram p: _programTable.Update(p, source); break;
            case Project p: _projectTable.Update(p, source); break;
            case BudgetLine l: _budgetLineTable.Update(l, source); break;
            case Participant p: _participantTable.Update(p, source); break;
            case Placement p: _placementTable.Update(p, source); break;
            case Expenditure e: _expenditureTable.Update(e, source); break;
            case Disbursement d: _disbursementTable.Update(d, source); break;
            default: throw new ArgumentOutOfRangeException(nameof(after));
        }
        Remember(before, after);
    }

    /// <summary>Equal projects, their target kinds compared as sets.</summary>
    internal static bool SameProject(Project a, Project b) =>
        a with { TargetKinds = b.TargetKinds } == b && a.TargetKinds.SetEquals(b.TargetKinds);

    private void Touch(RecordKey key, long source)
    {
        switch (key.Kind)
        {
            case RecordKind.Programs: _programTable.Touch(key, source); break;
            case RecordKind.Projects: _projectTable.Touch(key, source); break;
            case RecordKind.BudgetLines: _budgetLineTable.Touch(key, source); break;
            case RecordKind.Participants: _participantTable.Touch(key, source); break;
            case RecordKind.Placements: _placementTable.Touch(key, source); break;
            case RecordKind.Expenditures: _expenditureTable.Touch(key, source); break;
            case RecordKind.Disbursements: _disbursementTable.Touch(key, source); break;
            default: throw new ArgumentOutOfRangeException(nameof(key));
        }
    }

    /// <summary>Keeps the in-memory keys and the summary deltas in step with a write.</summary>
    private void Remember(object? before, object after)
    {
        switch (after)
        {
            case FundingProgram p:
                _programs.Add(p.Id);
                break;
            case Project p:
                _projects[p.Id] = p;
                _lastProject = null;
                break;
            case BudgetLine b:
                AddCategory(b);
                break;
            case Domain.Participant:
                _lastParticipant = null;
                _entryDatesProject = null;
                _entryDatesRead.Clear();
                break;
        }
        _deltas.Remember(before, after);
        QueueLeftTotals();
    }

    public Outside RecordsOutside(ProjectId project, DateRange runtime)
    {
        _queue.Drain();
        var args = new { P = project.Value, S = Rows.Date(runtime.Start), E = Rows.Date(runtime.End) };
        const string Where = """
            FROM (SELECT 'participant ''' || participant_id || '''' AS k FROM participants
                  WHERE project_id = @P AND (entry_date < @S OR entry_date > @E)
                  UNION ALL
                  SELECT 'voucher ''' || voucher_no || '''' FROM expenditures WHERE project_id = @P AND payment_date > @E)
            """;
        var count = _connection.ExecuteScalar<int>("SELECT COUNT(*) " + Where + ";", args, _tx);
        if (count == 0)
        {
            return Outside.None;
        }
        var keys = _connection.Query<string>("SELECT k " + Where + " ORDER BY k LIMIT " + MemoryImportSession.OutsideKeysShown.ToString(CultureInfo.InvariantCulture) + ";", args, _tx).ToList();
        return new Outside(count, keys);
    }

    public IReadOnlyList<EntryAfterPlacement> EntriesAfterPlacements(int limit) => Drained(() =>
        _connection.Query<(long Source, string Project, string Participant, string Entry, string Placement)>("""
            SELECT p.import_source, p.project_id, p.participant_id, p.entry_date,
                   (SELECT MIN(pl.placement_date) FROM placements pl
                    WHERE pl.project_id = p.project_id AND pl.participant_id = p.participant_id) AS first
            FROM participants p
            WHERE p.import_run = @Run AND first < p.entry_date
            ORDER BY p.import_source LIMIT @Limit;
            """, new { Run, Limit = limit }, _tx)
            .Select(r => new EntryAfterPlacement(r.Source, new ProjectId(r.Project), new ParticipantId(r.Participant),
                Rows.Date(r.Entry), Rows.Date(r.Placement)))
            .ToList());

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        SqliteStore.Guard(_location, () =>
        {
            _queue.Drain();
            FlushSummaries();
            _tx.Commit();
            return 0;
        });
        _done = true;
    }

    public void Dispose()
    {
        _queue.Dispose();
        _entryDatesQuery?.Dispose();
        _programTable.Dispose();
        _projectTable.Dispose();
        _budgetLineTable.Dispose();
        _participantTable.Dispose();
        _placementTable.Dispose();
        _expenditureTable.Dispose();
        _disbursementTable.Dispose();
        _addTotals.Dispose();
        _tx.Dispose();
        RestorePragmas();
        _done = true;
    }

    private bool _restored;

    /// <summary>Foreign keys back on and the page cache as it was, for whatever the connection does next.</summary>
    private void RestorePragmas()
    {
        if (!_restored)
        {
            _restored = true;
            _connection.Execute($"PRAGMA foreign_keys = ON; PRAGMA cache_size = {_cacheSize.ToString(CultureInfo.InvariantCulture)};");
        }
    }
}
