using Reporting.Core.Figures;
using Reporting.Core.Storage;

namespace Reporting.Core.Reports;

/// <summary>The target attainment of a scope as of a day, from the store's summaries (no project's records are read).</summary>
public static class TargetsService
{
    /// <summary>The overview, or null when the scope names no project.</summary>
    public static TargetsOverview? Build(IStoreReader data, ReportScope scope, DateOnly asOf, FigureOptions? options = null, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scope);
        options ??= FigureOptions.Default;
        var projects = data.Projects(scope);
        if (projects.Count == 0)
        {
            return null;
        }
        var withToday = options with { Today = options.Today ?? asOf };
        return TargetsOverview.Build(label ?? scope.ToString(), projects.Select(p => p.Project), data.Tallies(scope, asOf, withToday), asOf, withToday);
    }
}
