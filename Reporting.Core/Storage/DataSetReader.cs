using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Core.Storage;

/// <summary>An <see cref="IStoreReader"/> over records already in memory (synthetic data, tests). Its tallies are
/// computed by the figures engine from the records, which makes it the reference a store's summaries are checked against.</summary>
internal sealed class DataSetReader(DataSet data) : IStoreReader
{
    public IReadOnlyList<FundingProgram> Programs() => data.Programs;

    public IReadOnlyList<ProjectEntry> Projects(ReportScope scope) =>
        data.Projects.Select(s => new ProjectEntry(s.Project, s.Program))
            .Where(scope.Includes)
            .OrderBy(e => e.Project.Id.Value, StringComparer.Ordinal)
            .ToList();

    public ProjectSnapshot? Snapshot(ProjectId id) => data.Find(id);

    public IEnumerable<ProjectSnapshot> Snapshots(ReportScope scope) =>
        Projects(scope).Select(e => data.Find(e.Project.Id)!);

    public IReadOnlyList<ProjectTally> Tallies(ReportScope scope, DateOnly asOf, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var withToday = options with { Today = options.Today ?? asOf };
        return Snapshots(scope)
            .Where(s => asOf >= s.Project.Runtime.Start)
            .Select(s => ProjectTally.Of(FigureCalculator.Compute(s, TargetsOverview.PeriodOf(s.Project, asOf), withToday), s.Project, s.Ledger.Submissions))
            .ToList();
    }

    public ProjectLedger Ledger(ProjectId id) => data.Find(id)?.Ledger ?? ProjectLedger.Empty;

    public IReadOnlyList<Periods.PurgeRecord> Purges() => [.. data.Projects.SelectMany(p => p.Ledger.Purges).OrderBy(p => p.PurgedAt)];

    public void Dispose()
    {
    }
}
