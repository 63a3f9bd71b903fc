using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Web;

/// <summary>What the overview shows: the targets overview of the projects selected, the filter choices of the whole
/// database and each selected project's runtime (for its link).</summary>
internal sealed record OverviewData(TargetsOverview Overview, FilterChoices Choices, IReadOnlyDictionary<ProjectId, DateRange> Runtimes);

/// <summary>The values the overview's filters offer.</summary>
internal sealed record FilterChoices(
    IReadOnlyList<(string Id, string Name)> Programs,
    IReadOnlyList<string> Funders,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Recipients);

/// <summary>All data access of the web app, in one place. Every call opens the store, reads and closes it again:
/// nothing read is kept between requests, so a page always shows the database as it is now.</summary>
/// <remarks>Each call reads what it shows through one store read (<see cref="IStoreReader"/>): the overview from the
/// summaries, a project page one project's records, a download the records of its scope (one project at a time).</remarks>
internal sealed class WebData(string location)
{
    public string Location { get; } = location;

    /// <summary>Fails with a <see cref="StoreException"/> unless the database exists with the current schema.</summary>
    public void Check()
    {
        using var store = StoreFactory.Open(Location);
        store.EnsureCurrent();
    }

    /// <summary>The targets overview of every project that passes all <paramref name="filters"/> (none: all projects),
    /// from the store's summaries: no project's records are read.</summary>
    public OverviewData Overview(IReadOnlyList<ReportScope> filters, string scopeLabel, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(filters);
        using var store = Open();
        using var read = store.OpenReader();
        var all = read.Projects(ReportScope.AllProjects);
        var selected = all.Where(p => filters.All(f => f.Includes(p))).ToList();
        var ids = selected.Select(p => p.Project.Id).ToHashSet();
        var options = FigureOptions.Default with { Today = asOf };
        var tallies = read.Tallies(ReportScope.AllProjects, asOf, options).Where(t => ids.Contains(t.Project.Id)).ToList();
        var programs = read.Programs();
        var choices = new FilterChoices(
            programs.Select(p => (p.Id.Value, p.Name)).ToList(),
            Distinct(programs.Select(p => p.Funder)),
            Distinct(all.Select(p => p.Project.Region)),
            Distinct(all.Select(p => p.Project.Recipient)));
        return new OverviewData(
            TargetsOverview.Build(scopeLabel, selected.Select(p => p.Project), tallies, asOf, options),
            choices,
            selected.ToDictionary(p => p.Project.Id, p => p.Project.Runtime));
    }

    /// <summary>As <c>targets</c> builds it: null when the scope holds no project.</summary>
    public TargetsOverview? Targets(ReportScope scope, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var store = Open();
        using var read = store.OpenReader();
        return TargetsService.Build(read, scope, asOf);
    }

    /// <summary>One project's records, or null when there is no such project.</summary>
    public ProjectSnapshot? Project(ProjectId id)
    {
        using var store = Open();
        using var read = store.OpenReader();
        return read.Snapshot(id);
    }

    /// <summary>Runs <paramref name="report"/> on one store read: it reads the records of its scope as the CLI's
    /// <c>report</c> does, one project at a time, so a download of a whole Land holds no more than its largest project.</summary>
    public T Report<T>(Func<IStoreReader, T> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var store = Open();
        using var read = store.OpenReader();
        return report(read);
    }

    private IReportingStore Open()
    {
        var store = StoreFactory.Open(Location);
        try
        {
            store.EnsureCurrent();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
