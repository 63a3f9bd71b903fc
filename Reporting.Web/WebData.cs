using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Web;

/// <summary>What the overview shows: the targets overview of the projects selected, the filter choices of the whole
/// database and each selected project's runtime (for its link).</summary>
public sealed record OverviewData(TargetsOverview Overview, FilterChoices Choices, IReadOnlyDictionary<ProjectId, DateRange> Runtimes);

/// <summary>The values the overview's filters offer.</summary>
public sealed record FilterChoices(
    IReadOnlyList<(string Id, string Name)> Programs,
    IReadOnlyList<string> Funders,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Recipients);

/// <summary>All data access of the web app, in one place. Every call opens the store, reads and closes it again:
/// nothing read is kept between requests, so a page always shows the database as it is now.</summary>
/// <remarks>Today this reads the whole data set and selects in memory (<see cref="IReportingStore.Load"/>,
/// <see cref="ReportScope.Select"/>); scoped reads of the store replace that here and nowhere else.</remarks>
public sealed class WebData(string location)
{
    public string Location { get; } = location;

    /// <summary>Fails with a <see cref="StoreException"/> unless the database exists with the current schema.</summary>
    public void Check()
    {
        using var store = StoreFactory.Open(Location);
        store.EnsureCurrent();
    }

    /// <summary>The targets overview of every project that passes all <paramref name="filters"/> (none: all projects).</summary>
    public OverviewData Overview(IReadOnlyList<ReportScope> filters, string scopeLabel, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var data = Read();
        var selected = data.Projects;
        foreach (var filter in filters)
        {
            selected = filter.Select(new DataSet(data.Programs, selected));
        }
        var choices = new FilterChoices(
            data.Programs.Select(p => (p.Id.Value, p.Name)).ToList(),
            Distinct(data.Programs.Select(p => p.Funder)),
            Distinct(data.Projects.Select(p => p.Project.Region)),
            Distinct(data.Projects.Select(p => p.Project.Recipient)));
        return new OverviewData(
            TargetsOverview.Build(scopeLabel, selected, asOf),
            choices,
            selected.ToDictionary(p => p.Project.Id, p => p.Project.Runtime));
    }

    /// <summary>As <c>targets</c> builds it: null when the scope holds no project.</summary>
    public TargetsOverview? Targets(ReportScope scope, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var projects = scope.Select(Read());
        return projects.Count == 0 ? null : TargetsOverview.Build(scope.ToString(), projects, asOf);
    }

    /// <summary>One project's records, or null when there is no such project.</summary>
    public ProjectSnapshot? Project(ProjectId id) => Read().Find(id);

    /// <summary>The records a report of <paramref name="scope"/> is made from.</summary>
    public DataSet ForReport(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var data = Read();
        return new DataSet(data.Programs, scope.Select(data));
    }

    private DataSet Read()
    {
        using var store = StoreFactory.Open(Location);
        store.EnsureCurrent();
        return store.Load();
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
