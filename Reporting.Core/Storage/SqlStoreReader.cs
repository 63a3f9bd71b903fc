using System.Data;
using Dapper;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Core.Storage;

/// <summary>An <see cref="IStoreReader"/> over one connection and one read transaction, the same for every backend
/// (each gives its SQL as <see cref="StoreReadQueries"/>, made from the <see cref="RecordMaps"/> with its dialect).</summary>
internal sealed class SqlStoreReader : IStoreReader
{
    private readonly IDbConnection _connection;
    private readonly IDbTransaction _transaction;
    private readonly StoreReadQueries _sql;
    private readonly StoreDialect _dialect;
    private IReadOnlyList<FundingProgram>? _programs;
    private IReadOnlyList<ProjectEntry>? _projects;

    public SqlStoreReader(IDbConnection connection, IDbTransaction transaction, StoreReadQueries sql)
    {
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _dialect = sql.Dialect;
    }

    public IReadOnlyList<FundingProgram> Programs() =>
        _programs ??= RecordMaps.Programs.Query(_connection, _transaction, _dialect, _sql.Programs);

    public IReadOnlyList<ProjectEntry> Projects(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (_projects is null)
        {
            var programs = Programs().ToDictionary(p => p.Id);
            _projects = RecordMaps.Projects.Query(_connection, _transaction, _dialect, _sql.Projects)
                .Select(p => new ProjectEntry(p, programs[p.ProgramId]))
                .ToList();
        }
        return _projects.Where(scope.Includes).ToList();
    }

    public ProjectSnapshot? Snapshot(ProjectId id)
    {
        var entry = Projects(ReportScope.Project(id.Value)).FirstOrDefault();
        return entry is null ? null : Read(entry);
    }

    public IEnumerable<ProjectSnapshot> Snapshots(ReportScope scope)
    {
        foreach (var entry in Projects(scope))
        {
            yield return Read(entry);
        }
    }

    public IReadOnlyList<ProjectTally> Tallies(ReportScope scope, DateOnly asOf, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Projects(scope).Where(e => asOf >= e.Project.Runtime.Start).ToList();
        if (started.Count == 0)
        {
            return [];
        }
        var asOfArg = new StoreArg("AsOf", ColumnType.Date, asOf);
        var args = _dialect.Dapper(asOfArg);
        var days = _connection.Query<TallyDayRow>(_sql.TallyDays, args, _transaction).ToDictionary(r => r.ProjectId);
        var placed = _connection.Query<TallyPlacementRow>(_sql.TallyPlacements, args, _transaction).ToDictionary(r => r.ProjectId);
        var received = RecordMaps.Received.Query(_connection, _transaction, _dialect, _sql.TallyDisbursements, asOfArg)
            .ToLookup(r => r.ProjectId);
        var submissions = LedgerReader.AllSubmissions(_connection, _transaction, _dialect);
        return started.Select(e =>
        {
            var project = e.Project;
            var period = TargetsOverview.PeriodOf(project, asOf);
            var d = days.GetValueOrDefault(project.Id.Value) ?? new TallyDayRow();
            var p = placed.GetValueOrDefault(project.Id.Value) ?? new TallyPlacementRow();
            var cutoff = period.To.AddMonths(-options.OverhangHorizonMonths);
            var spentCumulative = Money.FromCents(d.SpentCumulativeCents);
            long disbursed = 0, heldLong = 0;
            foreach (var r in received[project.Id.Value])
            {
                var day = r.ReceivedDate;
                disbursed += day <= period.To ? r.AmountCents : 0;
                heldLong += day <= cutoff ? r.AmountCents : 0;
            }
            return new ProjectTally(
                project,
                period,
                checked((int)d.Entries),
                checked((int)d.EntriesCumulative),
                checked((int)(d.EntriesCumulative - d.Leavers)),
                checked((int)d.Exits),
                checked((int)p.Placements),
                checked((int)p.PlacementsCumulative),
                checked((int)p.Sustained),
                Money.FromCents(d.SpentCents),
                spentCumulative,
                Money.FromCents(disbursed),
                Money.Max(Money.Zero, Money.FromCents(heldLong) - spentCumulative))
            {
                Submissions = [.. submissions[project.Id.Value]],
            };
        }).ToList();
    }

    public ProjectLedger Ledger(ProjectId id) => LedgerReader.Read(_connection, _transaction, _dialect, id);

    public IReadOnlyList<Periods.PurgeRecord> Purges() => LedgerReader.AllPurges(_connection, _transaction, _dialect);

    private ProjectSnapshot Read(ProjectEntry entry)
    {
        var project = RecordMaps.ProjectArg(entry.Project.Id);
        List<T> Query<T>(RecordMap<T> map, string sql) => map.Query(_connection, _transaction, _dialect, sql, project);
        return new ProjectSnapshot(
            entry.Project,
            entry.Program,
            Query(RecordMaps.BudgetLines, _sql.BudgetLines),
            Query(RecordMaps.Participants, _sql.Participants),
            Query(RecordMaps.Placements, _sql.Placements),
            Query(RecordMaps.Expenditures, _sql.Expenditures),
            Query(RecordMaps.Disbursements, _sql.Disbursements))
        {
            Ledger = Ledger(entry.Project.Id),
        };
    }

    public void Dispose()
    {
        _transaction.Dispose();
    }

    private sealed class TallyDayRow
    {
        public string ProjectId { get; set; } = "";
        public long Entries { get; set; }
        public long EntriesCumulative { get; set; }
        public long Leavers { get; set; }
        public long Exits { get; set; }
        public long SpentCents { get; set; }
        public long SpentCumulativeCents { get; set; }
    }

    private sealed class TallyPlacementRow
    {
        public string ProjectId { get; set; } = "";
        public long Placements { get; set; }
        public long PlacementsCumulative { get; set; }
        public long Sustained { get; set; }
    }
}
