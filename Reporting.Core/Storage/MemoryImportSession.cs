using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>An import session over records held in memory: a <see cref="DataSet"/> as the stored state, and the
/// records the import names collected into one <see cref="ImportBatch"/>. Serves checks against a given data set
/// (<c>CsvImporter.Validate</c>); commit stores nothing.</summary>
internal sealed class MemoryImportSession : IImportSession
{
    private readonly Dictionary<RecordKey, (object Record, long Run, long Source)> _records = [];
    private readonly List<RecordKey> _named = [];
    private readonly HashSet<RecordKey> _namedSet = [];
    private readonly Dictionary<(string Project, string Category), int> _budgetCategories = [];

    /// <summary>A session over <paramref name="existing"/>.</summary>
    public MemoryImportSession(DataSet existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        foreach (var program in existing.Programs)
        {
            Put(program, 0, 0);
        }
        foreach (var snapshot in existing.Projects)
        {
            Put(snapshot.Project, 0, 0);
            snapshot.BudgetLines.ToList().ForEach(r => Put(r, 0, 0));
            snapshot.Participants.ToList().ForEach(r => Put(r, 0, 0));
            snapshot.Placements.ToList().ForEach(r => Put(r, 0, 0));
            snapshot.Expenditures.ToList().ForEach(r => Put(r, 0, 0));
            snapshot.Disbursements.ToList().ForEach(r => Put(r, 0, 0));
        }
    }

    public long Run => 1;

    /// <summary>Every record the import named, in the order first named, with its final values.</summary>
    public ImportBatch Batch()
    {
        var records = _named.Select(k => _records[k].Record).ToList();
        return new ImportBatch(
            records.OfType<FundingProgram>().ToList(), records.OfType<Project>().ToList(), records.OfType<BudgetLine>().ToList(),
            records.OfType<Participant>().ToList(), records.OfType<Placement>().ToList(), records.OfType<Expenditure>().ToList(),
            records.OfType<Disbursement>().ToList());
    }

    public bool HasProgram(ProgramId id) => _records.ContainsKey(new RecordKey(RecordKind.Programs, id.Value));

    public Project? Project(ProjectId id) => Get<Project>(new RecordKey(RecordKind.Projects, id.Value));

    public bool HasBudgetLine(ProjectId project, string costCategory) =>
        _budgetCategories.GetValueOrDefault((project.Value, costCategory)) > 0;

    public IReadOnlyList<BudgetLine> BudgetLines(ProjectId project) =>
        _records.Values.Select(r => r.Record).OfType<BudgetLine>().Where(b => b.ProjectId == project).ToList();

    public int RemoveBudgetLinesWithoutYear(ProjectId project)
    {
        var keys = _records.Keys.Where(k => k.Kind == RecordKind.BudgetLines && k.A == project.Value && k.C is null).ToList();
        foreach (var key in keys)
        {
            _records.Remove(key);
            _budgetCategories[(key.A, key.B!)]--;
            if (_namedSet.Remove(key))
            {
                _named.Remove(key);
            }
        }
        return keys.Count;
    }

    public Participant? Participant(ProjectId project, ParticipantId id) =>
        Get<Participant>(new RecordKey(RecordKind.Participants, project.Value, id.Value));

    public bool TryAdd<T>(T record, long source) where T : class
    {
        var key = RecordKey.Of(record);
        if (_records.ContainsKey(key))
        {
            return false;
        }
        Put(record, Run, source);
        Name(key);
        return true;
    }

    public Stored<T>? Find<T>(RecordKey key) where T : class =>
        _records.TryGetValue(key, out var r) ? new Stored<T>((T)r.Record, r.Run, r.Source) : null;

    public void Update<T>(T before, T after, long source) where T : class
    {
        Put(after, Run, source);
        Name(RecordKey.Of(after));
    }

    public Outside RecordsOutside(ProjectId project, DateRange runtime)
    {
        var keys = new List<string>();
        foreach (var (_, (record, _, _)) in _records)
        {
            var outside = record switch
            {
                Participant p when p.ProjectId == project => !runtime.Contains(p.EntryDate) ? $"participant '{p.Id.Value}'" : null,
                Expenditure e when e.ProjectId == project => e.PaymentDate > runtime.End ? $"voucher '{e.VoucherNo}'" : null,
                _ => null,
            };
            if (outside is not null)
            {
                keys.Add(outside);
            }
        }
        keys.Sort(StringComparer.Ordinal);
        return keys.Count == 0 ? Outside.None : new Outside(keys.Count, keys.Take(OutsideKeysShown).ToList());
    }

    public IReadOnlyList<EntryAfterPlacement> EntriesAfterPlacements(int limit)
    {
        var earliest = _records.Values.Select(r => r.Record).OfType<Placement>()
            .GroupBy(p => (p.ProjectId, p.ParticipantId)).ToDictionary(g => g.Key, g => g.Min(p => p.Date));
        return _records.Values.Where(r => r.Run == Run && r.Record is Participant)
            .Select(r => (r.Source, Participant: (Participant)r.Record))
            .Where(r => earliest.TryGetValue((r.Participant.ProjectId, r.Participant.Id), out var first) && first < r.Participant.EntryDate)
            .OrderBy(r => r.Source).Take(limit)
            .Select(r => new EntryAfterPlacement(r.Source, r.Participant.ProjectId, r.Participant.Id, r.Participant.EntryDate,
                earliest[(r.Participant.ProjectId, r.Participant.Id)]))
            .ToList();
    }

    /// <summary>How many keys <see cref="RecordsOutside"/> names.</summary>
    internal const int OutsideKeysShown = 5;

    public void Commit()
    {
    }

    public void Dispose()
    {
    }

    private T? Get<T>(RecordKey key) where T : class => _records.TryGetValue(key, out var r) ? (T)r.Record : null;

    private void Put(object record, long run, long source)
    {
        var key = RecordKey.Of(record);
        if (record is BudgetLine b && !_records.ContainsKey(key))
        {
            _budgetCategories[(b.ProjectId.Value, b.CostCategory)] = _budgetCategories.GetValueOrDefault((b.ProjectId.Value, b.CostCategory)) + 1;
        }
        _records[key] = (record, run, source);
    }

    private void Name(RecordKey key)
    {
        if (_namedSet.Add(key))
        {
            _named.Add(key);
        }
    }
}
