using Reporting.Core.Domain;

namespace Reporting.Core.Import;

/// <summary>Budget years: the stored plan of each project this import names budget lines of (read once, before the
/// import writes any), where each project's first line of this import is, and the years of this import per category.</summary>
internal sealed partial class ImportContext
{
    private readonly Dictionary<ProjectId, StoredBudgetPlan> _storedPlans = [];
    private readonly Dictionary<ProjectId, (bool HasYear, string File, int Line)> _importPlan = [];
    private readonly Dictionary<(ProjectId Project, string Category), YearSum> _importYears = [];

    /// <summary>A project's stored plan: whether it has years (null without lines), and the amounts for the runtime of
    /// its lines without a year, by category.</summary>
    public sealed record StoredBudgetPlan(bool? HasYears, IReadOnlyDictionary<string, Money> Runtime);

    /// <summary>The sum of one category's budget years in this import, where its first line is, and whether every one
    /// of its lines could be counted (a line with problems cannot).</summary>
    public sealed record YearSum(int FileIndex, string File, int Line, string Column, Money Sum, bool Complete);

    /// <summary>The project's budget lines as stored before this import wrote any.</summary>
    public StoredBudgetPlan StoredPlan(ProjectId project)
    {
        if (!_storedPlans.TryGetValue(project, out var plan))
        {
            var lines = session.BudgetLines(project);
            var runtime = new Dictionary<string, Money>(StringComparer.Ordinal);
            foreach (var line in lines.Where(l => l.BudgetYear is null))
            {
                runtime[line.CostCategory] = line.Approved;
            }
            plan = new StoredBudgetPlan(lines.Count == 0 ? null : lines.Any(l => l.BudgetYear is not null), runtime);
            _storedPlans[project] = plan;
        }
        return plan;
    }

    /// <summary>The first budget line of the project in this import: whether it has a year, and where it is. Remembers
    /// the given line when it is the first.</summary>
    public (bool HasYear, string File, int Line) FirstImportLine(ProjectId project, bool hasYear, string file, int line)
    {
        StoredPlan(project);
        if (!_importPlan.TryGetValue(project, out var first))
        {
            first = (hasYear, file, line);
            _importPlan[project] = first;
        }
        return first;
    }

    /// <summary>Adds a line with a budget year to its category's sum; <paramref name="approved"/> is null when the line
    /// has problems.</summary>
    public void AddYear(ProjectId project, string category, Money? approved, int fileIndex, string file, int line, string column)
    {
        StoredPlan(project);
        var key = (project, category);
        _importYears[key] = _importYears.TryGetValue(key, out var sum)
            ? sum with { Sum = sum.Sum + (approved ?? Money.Zero), Complete = sum.Complete && approved is not null }
            : new YearSum(fileIndex, file, line, column, approved ?? Money.Zero, approved is not null);
    }

    /// <summary>The projects whose lines with years in this import replace a stored plan without years.</summary>
    public IEnumerable<ProjectId> ProjectsReplacingRuntimePlans() =>
        _importYears.Keys.Select(k => k.Project).Distinct()
            .Where(p => _storedPlans[p].Runtime.Count > 0)
            .OrderBy(p => p.Value, StringComparer.Ordinal);

    /// <summary>Per project that brings budget years onto a stored plan without years: each stored category's runtime
    /// amount and the sum of its years in this import (null when the import has none for it).</summary>
    public IEnumerable<(ProjectId Project, string Category, Money Runtime, YearSum? Years)> YearsAgainstStoredRuntime() =>
        ProjectsReplacingRuntimePlans()
            .SelectMany(p => _storedPlans[p].Runtime.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => (p, r.Key, r.Value, _importYears.GetValueOrDefault((p, r.Key)))));

    /// <summary>Where the project's first line with a year is in this import.</summary>
    public YearSum? FirstYearLine(ProjectId project) =>
        _importYears.Where(y => y.Key.Project == project).Select(y => y.Value).OrderBy(y => y.FileIndex).ThenBy(y => y.Line).FirstOrDefault();
}
