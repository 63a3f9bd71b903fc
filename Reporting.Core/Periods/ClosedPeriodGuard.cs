using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Periods;

/// <summary>An import session that passes every call to the store's session and notes each record added or changed
/// whose date (before or after the change) lies inside a closed period of its project. The closed periods are read
/// once, inside the import's transaction; without any, a write costs one dictionary lookup.</summary>
/// <param name="keepAll">Keep every hit (an import with <c>--correction</c>); otherwise only the first
/// <see cref="HitsKept"/> are kept for the message and the rest counted.</param>
internal sealed class ClosedPeriodGuard(IImportSession inner, bool keepAll) : IImportSession
{
    /// <summary>How many hits a refusal lists.</summary>
    public const int HitsKept = 5;

    private readonly Dictionary<ProjectId, List<ClosedPeriod>> _closed = inner.ClosedPeriods()
        .GroupBy(c => c.Project).ToDictionary(g => g.Key, g => g.ToList());

    private readonly List<ClosedPeriodHit> _hits = [];

    /// <summary>The hits kept, in the order the import wrote them.</summary>
    public IReadOnlyList<ClosedPeriodHit> Hits => _hits;

    /// <summary>Every hit, including those not kept.</summary>
    public int HitCount { get; private set; }

    public long Run => inner.Run;

    /// <summary>The audit record of the import, written by the guarded session.</summary>
    public void Record(Audit.ImportAudit audit) => inner.Record(audit);

    public bool HasProgram(ProgramId id) => inner.HasProgram(id);

    public Project? Project(ProjectId id) => inner.Project(id);

    public bool HasBudgetLine(ProjectId project, string costCategory) => inner.HasBudgetLine(project, costCategory);

    public IReadOnlyList<BudgetLine> BudgetLines(ProjectId project) => inner.BudgetLines(project);

    public int RemoveBudgetLinesWithoutYear(ProjectId project) => inner.RemoveBudgetLinesWithoutYear(project);

    public Participant? Participant(ProjectId project, ParticipantId id) => inner.Participant(project, id);

    public DateOnly? EntryDate(ProjectId project, ParticipantId id) => inner.EntryDate(project, id);

    public bool TryAdd<T>(T record, long source) where T : class
    {
        var added = inner.TryAdd(record, source);
        if (added && _closed.Count > 0)
        {
            Check(null, record, source);
        }
        return added;
    }

    public Stored<T>? Find<T>(RecordKey key) where T : class => inner.Find<T>(key);

    public void Update<T>(T before, T after, long source) where T : class
    {
        inner.Update(before, after, source);
        if (_closed.Count > 0 && !before.Equals(after))
        {
            Check(before, after, source);
        }
    }

    public Outside RecordsOutside(ProjectId project, DateRange runtime) => inner.RecordsOutside(project, runtime);

    public IReadOnlyList<EntryAfterPlacement> EntriesAfterPlacements(int limit) => inner.EntriesAfterPlacements(limit);

    public IReadOnlyList<ClosedPeriod> ClosedPeriods() => [.. _closed.Values.SelectMany(c => c)];

    public void RecordCorrections(IReadOnlyList<Correction> corrections) => inner.RecordCorrections(corrections);

    public void Commit() => inner.Commit();

    public void Dispose() => inner.Dispose();

    private void Check(object? before, object after, long source)
    {
        if (RecordFields.ProjectOf(after) is not { } project || !_closed.TryGetValue(project, out var periods))
        {
            return;
        }
        var days = (before is null ? [] : RecordFields.Dates(before)).Concat(RecordFields.Dates(after));
        var seen = new List<ClosedPeriod>(1);
        foreach (var day in days)
        {
            var closed = periods.FirstOrDefault(c => c.Contains(day));
            if (closed is null || seen.Contains(closed))
            {
                continue;
            }
            seen.Add(closed);
            HitCount++;
            if (keepAll || _hits.Count < HitsKept)
            {
                _hits.Add(new ClosedPeriodHit(RecordKey.Of(after).Kind, RecordFields.KeyText(after), day, closed, before, after, source));
            }
        }
    }
}
