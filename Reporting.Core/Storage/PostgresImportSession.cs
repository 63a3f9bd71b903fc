using Dapper;
using Npgsql;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The streaming import into PostgreSQL: one transaction; every record written is copied (binary COPY) into a
/// temporary staging table of its kind and merged into the record table with one set-based upsert at the end of each
/// file (<see cref="PostgresImportSession.Staging"/>). Point reads are answered from the records of one project at a
/// time, read by one primary-key range scan and kept in step with the session's own writes, so nothing is asked of
/// the server per row.</summary>
/// <remarks>Imports into one database run one after the other (a transaction-scoped advisory lock), so the records a
/// session has read stay what is stored until it ends.</remarks>
internal sealed partial class PostgresImportSession : IImportSession
{
    /// <summary>Serialises import sessions against one database (an arbitrary fixed key, not the migration lock's).</summary>
    private const string LockForImport = "SELECT pg_advisory_xact_lock(4711020182);";

    private const string InsertRun = "INSERT INTO import_runs (started_at) VALUES (@At) RETURNING run_id;";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _tx;
    private readonly Cache<FundingProgram> _programs = new(new(RecordMaps.Programs), whole: true);
    private readonly Cache<Project> _projects = new(new(RecordMaps.Projects), whole: true);
    private readonly Cache<BudgetLine> _budgetLines = new(new(RecordMaps.BudgetLines), whole: true);
    private readonly Cache<Participant> _participants = new(new(RecordMaps.Participants), keysOnly: true);
    private readonly Cache<Placement> _placements = new(new(RecordMaps.Placements), keysOnly: true);
    private readonly Cache<Expenditure> _expenditures = new(new(RecordMaps.Expenditures), keysOnly: true);
    private readonly Cache<Disbursement> _disbursements = new(new(RecordMaps.Disbursements), keysOnly: true);
    private bool _done;

    /// <summary>The projects this import added: none of their records is stored before this import writes them
    /// (every record's project is checked before it is written).</summary>
    private readonly HashSet<string> _newProjects = new(StringComparer.Ordinal);

    public PostgresImportSession(NpgsqlConnection connection, DateTimeOffset startedAt)
    {
        _connection = connection;
        _tx = connection.BeginTransaction();
        try
        {
            connection.Execute(LockForImport, transaction: _tx);
            Run = connection.ExecuteScalar<long>(InsertRun, new { At = startedAt.ToUniversalTime() }, _tx);
            _programs.Preload(connection, _tx);
            _projects.Preload(connection, _tx);
            _budgetLines.Preload(connection, _tx);
        }
        catch
        {
            _tx.Dispose();
            throw;
        }
    }

    public long Run { get; }

    public bool HasProgram(ProgramId id) => Find(_programs, new RecordKey(RecordKind.Programs, id.Value)) is not null;

    public Project? Project(ProjectId id)
    {
        if (_lastProject is { } last && string.Equals(last.Id, id.Value, StringComparison.Ordinal))
        {
            return last.Project;
        }
        var project = Find(_projects, new RecordKey(RecordKind.Projects, id.Value))?.Record;
        _lastProject = (id.Value, project);
        return project;
    }

    public bool HasBudgetLine(ProjectId project, string costCategory)
    {
        if (_lastCategories is not { } last || !string.Equals(last.Project, project.Value, StringComparison.Ordinal))
        {
            var categories = Partition(_budgetLines, ProjectKey(project)).Keys.Select(k => k.B!).ToHashSet(StringComparer.Ordinal);
            last = (project.Value, categories);
            _lastCategories = last;
        }
        return last.Categories.Contains(costCategory);
    }

    /// <summary>The last project asked for and the cost categories of the last project's budget lines: rows come by
    /// project, so most rows ask again (forgotten at any write of a project or budget line).</summary>
    private (string Id, Project? Project)? _lastProject;
    private (string Project, HashSet<string> Categories)? _lastCategories;

    /// <summary>Forgets the answers kept for the last project when a project or a budget line is written.</summary>
    private void Forget(object record)
    {
        if (record is Project)
        {
            _lastProject = null;
        }
        else if (record is BudgetLine)
        {
            _lastCategories = null;
        }
    }

    public IReadOnlyList<BudgetLine> BudgetLines(ProjectId project) =>
        Partition(_budgetLines, ProjectKey(project)).Values.Select(s => s.Record).ToList();

    public int RemoveBudgetLinesWithoutYear(ProjectId project)
    {
        var partition = Partition(_budgetLines, ProjectKey(project));
        _lastCategories = null;
        MergePending();
        EndCopy();
        var removed = _connection.Execute(
            "DELETE FROM budget_lines WHERE project_id = @P AND budget_year IS NULL;", new { P = project.Value }, _tx);
        foreach (var key in partition.Keys.Where(k => k.BudgetYear is null).ToList())
        {
            partition.Remove(key);
        }
        return removed;
    }

    /// <summary>A key that names only the project, to reach the cached budget lines of <paramref name="project"/>.</summary>
    private static RecordKey ProjectKey(ProjectId project) => new(RecordKind.BudgetLines, project.Value);

    public Participant? Participant(ProjectId project, ParticipantId id) =>
        Find(_participants, new RecordKey(RecordKind.Participants, project.Value, id.Value))?.Record;

    /// <summary>The entry dates of the participants of the projects this import added, by project and participant:
    /// what their placements are checked against, kept instead of the participants' records (which are not).</summary>
    private readonly Dictionary<string, Dictionary<string, DateOnly>> _newEntryDates = new(StringComparer.Ordinal);

    public DateOnly? EntryDate(ProjectId project, ParticipantId id)
    {
        if (!_newProjects.Contains(project.Value))
        {
            return Participant(project, id)?.EntryDate;
        }
        return _newEntryDates.TryGetValue(project.Value, out var dates) && dates.TryGetValue(id.Value, out var entry) ? entry : null;
    }

    /// <summary>Keeps the entry date of a participant written to a project this import added.</summary>
    private void NoteEntry(object record)
    {
        if (record is Participant p && _newProjects.Contains(p.ProjectId.Value))
        {
            if (!_newEntryDates.TryGetValue(p.ProjectId.Value, out var dates))
            {
                dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
                _newEntryDates[p.ProjectId.Value] = dates;
            }
            dates[p.Id.Value] = p.EntryDate;
        }
    }

    public bool TryAdd<T>(T record, long source) where T : class
    {
        Forget(record);
        var added = record switch
        {
            FundingProgram p => Add(_programs, p, source),
            Project p => Add(_projects, p, source),
            BudgetLine b => Add(_budgetLines, b, source),
            Participant p => Add(_participants, p, source),
            Placement p => Add(_placements, p, source),
            Expenditure e => Add(_expenditures, e, source),
            Disbursement d => Add(_disbursements, d, source),
            _ => throw new ArgumentOutOfRangeException(nameof(record)),
        };
        if (added)
        {
            NoteEntry(record);
            Remember(null, record);
            if (record is Project project)
            {
                _newProjects.Add(project.Id.Value);
                _participants.New?.ProjectAdded(project.Id.Value);
                _placements.New?.ProjectAdded(project.Id.Value);
                _expenditures.New?.ProjectAdded(project.Id.Value);
                _disbursements.New?.ProjectAdded(project.Id.Value);
            }
        }
        return added;
    }

    public Stored<T>? Find<T>(RecordKey key) where T : class => key.Kind switch
    {
        RecordKind.Programs => Find(_programs, key) as Stored<T>,
        RecordKind.Projects => Find(_projects, key) as Stored<T>,
        RecordKind.BudgetLines => Find(_budgetLines, key) as Stored<T>,
        RecordKind.Participants => Find(_participants, key) as Stored<T>,
        RecordKind.Placements => Find(_placements, key) as Stored<T>,
        RecordKind.Expenditures => Find(_expenditures, key) as Stored<T>,
        RecordKind.Disbursements => Find(_disbursements, key) as Stored<T>,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    public void Update<T>(T before, T after, long source) where T : class
    {
        Forget(after);
        switch (after)
        {
            case FundingProgram p: Replace(_programs, p, source); break;
            case Project p: Replace(_projects, p, source); break;
            case BudgetLine l: Replace(_budgetLines, l, source); break;
            case Participant p: Replace(_participants, p, source); break;
            case Placement p: Replace(_placements, p, source); break;
            case Expenditure e: Replace(_expenditures, e, source); break;
            case Disbursement d: Replace(_disbursements, d, source); break;
            default: throw new ArgumentOutOfRangeException(nameof(after));
        }
        NoteEntry(after);
        var same = before.Equals(after) || (before is Project a && after is Project b && SqliteImportSession.SameProject(a, b));
        if (!same)
        {
            Remember(before, after);
        }
    }

    private Stored<T>? Find<T>(Cache<T> cache, RecordKey key) where T : class =>
        Partition(cache, key).GetValueOrDefault(key);

    private bool Add<T>(Cache<T> cache, T record, long source) where T : class
    {
        var key = RecordKey.Of(record);
        if (cache.New?.IsNew(key) == true)
        {
            Stage(cache, key, record, source, added: true);
            return true;
        }
        var partition = Partition(cache, key);
        if (partition.ContainsKey(key))
        {
            return false;
        }
        partition[key] = new Stored<T>(record, Run, source);
        Stage(cache, key, record, source, added: true);
        return true;
    }

    private void Replace<T>(Cache<T> cache, T record, long source) where T : class
    {
        var key = RecordKey.Of(record);
        Partition(cache, key)[key] = new Stored<T>(record, Run, source);
        Stage(cache, key, record, source, added: false);
    }

    private const string OutsideRuntime = """
        FROM (SELECT 'participant ''' || participant_id || '''' AS k FROM participants
              WHERE project_id = @P AND (entry_date < @S OR entry_date > @E)
              UNION ALL
              SELECT 'voucher ''' || voucher_no || '''' FROM expenditures WHERE project_id = @P AND payment_date > @E) AS t
        """;

    public Outside RecordsOutside(ProjectId project, DateRange runtime)
    {
        MergePending();
        NpgsqlCommand Command(string sql)
        {
            var command = new NpgsqlCommand(sql, _connection, _tx);
            command.Parameters.Add(new NpgsqlParameter("P", NpgsqlTypes.NpgsqlDbType.Text) { Value = project.Value });
            command.Parameters.Add(new NpgsqlParameter("S", NpgsqlTypes.NpgsqlDbType.Date) { Value = runtime.Start });
            command.Parameters.Add(new NpgsqlParameter("E", NpgsqlTypes.NpgsqlDbType.Date) { Value = runtime.End });
            command.Parameters.Add(new NpgsqlParameter("Shown", NpgsqlTypes.NpgsqlDbType.Integer) { Value = MemoryImportSession.OutsideKeysShown });
            return command;
        }
        int count;
        using (var counting = Command("SELECT CAST(COUNT(*) AS INTEGER) " + OutsideRuntime + ";"))
        {
            count = (int)counting.ExecuteScalar()!;
        }
        if (count == 0)
        {
            return Outside.None;
        }
        var keys = new List<string>();
        using var listing = Command("SELECT k " + OutsideRuntime + " ORDER BY k COLLATE \"C\" LIMIT @Shown;");
        using var reader = listing.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return new Outside(count, keys);
    }

    private const string SelectEntriesAfterPlacements = """
        SELECT p.import_source, p.project_id, p.participant_id, p.entry_date, f.first
        FROM participants p
        CROSS JOIN LATERAL (SELECT MIN(pl.placement_date) AS first FROM placements pl
                            WHERE pl.project_id = p.project_id AND pl.participant_id = p.participant_id) AS f
        WHERE p.import_run = @Run AND f.first < p.entry_date
        ORDER BY p.import_source LIMIT @Limit;
        """;

    public IReadOnlyList<EntryAfterPlacement> EntriesAfterPlacements(int limit)
    {
        MergePending();
        var found = new List<EntryAfterPlacement>();
        using var command = new NpgsqlCommand(SelectEntriesAfterPlacements, _connection, _tx);
        command.Parameters.AddWithValue("Run", Run);
        command.Parameters.AddWithValue("Limit", (long)limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new EntryAfterPlacement(reader.GetInt64(0), new ProjectId(reader.GetString(1)), new ParticipantId(reader.GetString(2)),
                reader.GetFieldValue<DateOnly>(3), reader.GetFieldValue<DateOnly>(4)));
        }
        return found;
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        MergePending();
        FlushSummaries();
        _tx.Commit();
        _done = true;
    }

    public void Dispose()
    {
        try
        {
            _copy?.Dispose();
        }
        catch (NpgsqlException)
        {
            // The transaction is rolled back below; a cancelled COPY has nothing more to say.
        }
        _copy = null;
        _tx.Dispose();
        _done = true;
    }
}
