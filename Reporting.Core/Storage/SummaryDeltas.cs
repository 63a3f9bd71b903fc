using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>What an import changes in the summaries, the same for every backend: daily totals by a delta per added or
/// changed row (entries by entry date, exits by exit date, leavers by the later of entry and exit, money by payment
/// date), accumulated per project and day and written once at the end; and the projects whose first placements must be
/// rebuilt (placements or target kinds changed).</summary>
/// <param name="handOver">Keep the days of a project only until the writes move on to another project: the session
/// takes them with <see cref="TakeLeft"/> and adds them to the stored totals then (a delta is added, so a project the
/// import returns to is added to again), which bounds memory by the project and lets them be written while the import
/// reads on. Without it, every day is kept until <see cref="Changed"/> is read at the end.</param>
internal sealed class SummaryDeltas(bool handOver = false)
{
    public sealed class DayDelta
    {
        public long Entries;
        public long Exits;
        public long Leavers;
        public long SpentCents;

        public bool IsZero => Entries == 0 && Exits == 0 && Leavers == 0 && SpentCents == 0;
    }

    /// <summary>By project, by day. Rows come mostly sorted by project, so the last project's days are kept at hand
    /// and a row costs one lookup by day.</summary>
    private readonly Dictionary<string, Dictionary<DateOnly, DayDelta>> _days = new(StringComparer.Ordinal);
    private string? _lastProject;
    private Dictionary<DateOnly, DayDelta>? _lastDays;
    private readonly HashSet<string> _projects = new(StringComparer.Ordinal);
    private readonly List<string> _left = [];

    /// <summary>The days whose totals change, by project (ordinal) and day: in the order of the summary table's key,
    /// so that writing them appends to its pages instead of splitting them.</summary>
    public IEnumerable<KeyValuePair<(string Project, DateOnly Day), DayDelta>> Changed =>
        from project in _days.OrderBy(p => p.Key, StringComparer.Ordinal)
        from day in project.Value.OrderBy(d => d.Key)
        where !day.Value.IsZero
        select KeyValuePair.Create((project.Key, day.Key), day.Value);

    /// <summary>Every project a delta was recorded for (also those whose deltas cancelled out or were taken).</summary>
    public IEnumerable<string> Projects => _projects;

    /// <summary>With hand-over: the days that change of the projects the writes moved away from since the last call,
    /// by project (in the order they were left) and day, taken out of the deltas.</summary>
    public IReadOnlyList<KeyValuePair<(string Project, DateOnly Day), DayDelta>> TakeLeft()
    {
        if (_left.Count == 0)
        {
            return [];
        }
        var days = new List<KeyValuePair<(string Project, DateOnly Day), DayDelta>>();
        foreach (var project in _left)
        {
            if (_days.Remove(project, out var byDay))
            {
                var first = days.Count;
                foreach (var (day, delta) in byDay)
                {
                    if (!delta.IsZero)
                    {
                        days.Add(KeyValuePair.Create((project, day), delta));
                    }
                }
                days.Sort(first, days.Count - first, ByDay);
            }
        }
        _left.Clear();
        return days;
    }

    /// <summary>The projects whose first placements must be rebuilt.</summary>
    public HashSet<string> FirstPlacementsStale { get; } = new(StringComparer.Ordinal);

    /// <summary>Records a write (<paramref name="before"/> null for a new record).</summary>
    public void Remember(object? before, object after)
    {
        switch (after)
        {
            case Project p when before is Project old && !old.TargetKinds.SetEquals(p.TargetKinds):
                FirstPlacementsStale.Add(p.Id.Value);
                break;
            case Participant p:
                Replace(before as Participant, p, Count);
                break;
            case Placement p:
                FirstPlacementsStale.Add(p.ProjectId.Value);
                break;
            case Expenditure e:
                Replace(before as Expenditure, e, Spend);
                break;
        }
    }

    /// <summary>Takes back what <paramref name="before"/> counted, if anything, and counts <paramref name="after"/>.</summary>
    private static void Replace<T>(T? before, T after, Action<T, int> count) where T : class
    {
        if (before is not null)
        {
            count(before, -1);
        }
        count(after, +1);
    }

    private static readonly Comparer<KeyValuePair<(string Project, DateOnly Day), DayDelta>> ByDay =
        Comparer<KeyValuePair<(string Project, DateOnly Day), DayDelta>>.Create((a, b) => a.Key.Day.CompareTo(b.Key.Day));

    private DayDelta Day(ProjectId project, DateOnly day)
    {
        if (_lastDays is null || !string.Equals(project.Value, _lastProject, StringComparison.Ordinal))
        {
            if (handOver && _lastProject is not null)
            {
                _left.Add(_lastProject);
            }
            _projects.Add(project.Value);
            if (!_days.TryGetValue(project.Value, out _lastDays))
            {
                _lastDays = [];
                _days[project.Value] = _lastDays;
            }
            _lastProject = project.Value;
        }
        if (!_lastDays.TryGetValue(day, out var delta))
        {
            delta = new DayDelta();
            _lastDays[day] = delta;
        }
        return delta;
    }

    private void Count(Participant p, int sign)
    {
        Day(p.ProjectId, p.EntryDate).Entries += sign;
        if (p.ExitDate is { } exit)
        {
            Day(p.ProjectId, exit).Exits += sign;
            Day(p.ProjectId, exit > p.EntryDate ? exit : p.EntryDate).Leavers += sign;
        }
    }

    private void Spend(Expenditure e, int sign) => Day(e.ProjectId, e.PaymentDate).SpentCents += sign * e.Amount.ToCents();
}
