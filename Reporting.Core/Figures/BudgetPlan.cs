using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

/// <summary>A project's financing plan by cost category: the runtime view of every category (the sum of its budget
/// years, or its one line when the plan has no years) and, for a plan split by budget year, each year's share.</summary>
/// <remarks>Which figure uses which view is listed in docs/figures.md, "Budget years": a period that lies inside one
/// budget year uses that year's plan (<see cref="For"/>), every other period the runtime plan.</remarks>
internal sealed class BudgetPlan
{
    private readonly Dictionary<string, Money> _runtime = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Category, int Year), Money> _years = [];
    private readonly Dictionary<string, string?> _labels = new(StringComparer.Ordinal);

    private BudgetPlan(IReadOnlyList<BudgetLine> lines)
    {
        HasYears = lines.Count > 0 && lines.All(l => l.BudgetYear is not null);
        foreach (var line in lines)
        {
            _runtime[line.CostCategory] = _runtime.GetValueOrDefault(line.CostCategory) + line.Approved;
            if (!_labels.TryGetValue(line.CostCategory, out var label) || label is null)
            {
                _labels[line.CostCategory] = line.Label;
            }
            if (HasYears)
            {
                var key = (line.CostCategory, line.BudgetYear!.Value);
                _years[key] = _years.GetValueOrDefault(key) + line.Approved;
            }
        }
        Years = _years.Keys.Select(k => k.Year).Distinct().Order().ToList();
    }

    public static BudgetPlan Of(IReadOnlyList<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new BudgetPlan(lines);
    }

    /// <summary>True when every line carries a budget year.</summary>
    public bool HasYears { get; }

    /// <summary>The budget years of the plan, ascending; empty for a plan without years.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Whether <paramref name="category"/> has a budget line (in any year).</summary>
    public bool Contains(string category) => _runtime.ContainsKey(category);

    /// <summary>The label of the category's first line that has one.</summary>
    public string? Label(string category) => _labels.GetValueOrDefault(category);

    /// <summary>The approved amount for the runtime: the sum of the category's years; null without a budget line.</summary>
    public Money? Runtime(string category) => _runtime.TryGetValue(category, out var m) ? m : null;

    /// <summary>The budget year whose plan applies to <paramref name="period"/>: its year when the plan has years and
    /// the period lies inside one calendar year, else null (the runtime plan applies).</summary>
    public int? YearOf(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return HasYears && period.From.Year == period.To.Year ? period.From.Year : null;
    }

    /// <summary>The category's plan for <paramref name="year"/>: 0 when the category has budget lines but none for that
    /// year; null without a budget line.</summary>
    public Money? InYear(string category, int year) =>
        !Contains(category) ? null : _years.GetValueOrDefault((category, year));

    /// <summary>The category's plan for the years up to and including <paramref name="year"/>.</summary>
    public Money? ThroughYear(string category, int year) =>
        !Contains(category) ? null : _years.Where(y => y.Key.Category == category && y.Key.Year <= year).Sum(y => y.Value);

    /// <summary>The plan that applies to <paramref name="period"/>: the budget year's amount when the period lies inside
    /// one budget year of a yearly plan, else the runtime amount; null without a budget line.</summary>
    public Money? For(string category, ReportingPeriod period) =>
        YearOf(period) is { } year ? InYear(category, year) : Runtime(category);
}
