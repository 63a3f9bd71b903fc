using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Import;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>A store's tallies (from its summaries) against the engine's (<see cref="DataSetReader"/>, which computes them
/// with <see cref="FigureCalculator"/> from the same records): equal, exactly, for every project and as-of date.</summary>
public abstract partial class StoreContractTests
{
    [Test]
    public void Tallies_SamplesImported_EqualTheEngineForEveryProjectAndAsOfDate()
    {
        using var store = NewStore();
        foreach (var folder in Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal)
                .Select(path => ImportFile.Read(path, Path.GetFileName(path)))
                .ToList();
            if (files.Count == 0)
            {
                continue;
            }
            var outcome = ImportService.Run(store, files);
            Assert.That(outcome.Succeeded, Is.True, $"import of {Path.GetFileName(folder)}");
        }

        using var read = store.OpenReader();
        var data = new DataSet(read.Programs(), read.Snapshots(ReportScope.AllProjects).ToList());
        var compared = CompareTallies(read, data, FigureOptions.Default);

        Assert.That(data.Projects, Has.Count.GreaterThanOrEqualTo(3), "every sample folder imported");
        Assert.That(compared.Select(t => t.Sustained), Has.Some.GreaterThan(0));
        Assert.That(compared.Select(t => t.ActiveAtEnd), Has.Some.GreaterThan(0));
        Assert.That(compared.Select(t => t.DisbursedCumulative), Has.Some.GreaterThan(Money.Zero));
    }

    [Test]
    public void Tallies_EdgeCaseRecords_EqualTheEngineForEveryAsOfDate()
    {
        using var store = NewStore();
        var batch = EdgeCaseRecords.Batch();
        store.Save(batch);

        using var read = store.OpenReader();
        var stored = new DataSet(read.Programs(), read.Snapshots(ReportScope.AllProjects).ToList());
        var compared = CompareTallies(read, stored, FigureOptions.Default);
        CompareTallies(read, stored, FigureOptions.Default with { OverhangHorizonMonths = 5 });
        CompareTallies(read, InMemory(batch), FigureOptions.Default);

        var edge = compared.Where(t => t.Project.Id == EdgeCaseRecords.Project).ToList();
        Assert.That(edge.Select(t => t.Overhang), Has.Some.GreaterThan(Money.Zero));
        Assert.That(edge.Select(t => t.PlacementsCumulative - t.Placements), Has.Some.GreaterThan(0),
            "a placement before the start counts cumulatively only");
        Assert.That(edge.Select(t => t.SpentCumulative - t.Spent), Has.Some.GreaterThan(Money.Zero),
            "spending before the start counts cumulatively only");
    }

    [Test]
    public void Tallies_EdgeCases_CountExitBeforeEntryRefundCutoffAndPlacementKindsAsTheEngineDoes()
    {
        using var store = NewStore();
        store.Save(EdgeCaseRecords.Batch());
        using var read = store.OpenReader();

        var atCutoff = read.Tallies(ReportScope.Project("EDGE"), D("2018-05-15"), FigureOptions.Default).Single();
        var dayBefore = read.Tallies(ReportScope.Project("EDGE"), D("2018-05-14"), FigureOptions.Default).Single();
        var atEnd = read.Tallies(ReportScope.Project("EDGE"), D("2019-06-30"), FigureOptions.Default).Single();

        // Spent by 2018-05-15: 2 500.50 + 99.99 - 500.25 + 0.01 (1 000.00 before the start counts cumulatively).
        Assert.That(atCutoff.Spent, Is.EqualTo(Money.Euros(2_100.25m)));
        Assert.That(atCutoff.SpentCumulative, Is.EqualTo(Money.Euros(3_100.25m)));
        // Received by the cutoff (2018-03-15, two months before): 1 000 + 20 000 + 5 000 received exactly on the cutoff.
        Assert.That(atCutoff.Overhang, Is.EqualTo(Money.Euros(26_000m - 3_100.25m)));
        Assert.That(dayBefore.Overhang, Is.EqualTo(Money.Euros(21_000m - 3_100.25m)));
        // E-01: subsidised first (not a target kind), employment later; E-03: employment and apprenticeship the same day
        // (employment counts, not sustained); E-08 placed before the start; E-02's apprenticeship not sustained.
        Assert.That(atCutoff.PlacementsCumulative, Is.EqualTo(4));
        Assert.That(atCutoff.Placements, Is.EqualTo(3));
        Assert.That(atCutoff.Sustained, Is.EqualTo(2));
        // E-02 left (2018-02-15) before entering (2018-03-01): counted as an entry and an exit, not active.
        Assert.That(atEnd.ActiveAtEnd, Is.EqualTo(3), "E-03, E-05 and E-07 (leaves after the end)");
        Assert.That(atEnd.Exits, Is.EqualTo(4), "E-01, E-02, E-04, E-08");
    }

    [Test]
    public void Tallies_RecordsReplacedByALaterSave_FollowTheNewRecords()
    {
        using var store = NewStore();
        var first = EdgeCaseRecords.Batch();
        store.Save(first);
        var edge = first.Projects.Single(p => p.Id == EdgeCaseRecords.Project);
        var changed = Batch(
            projects: [edge with { TargetKinds = new HashSet<PlacementKind> { PlacementKind.Employment, PlacementKind.Subsidised } }],
            participants: [first.Participants.Single(p => p.Id.Value == "E-02") with { ExitDate = null, ExitReason = null }],
            placements: [first.Placements.Single(p => p.ParticipantId.Value == "E-03" && p.Kind == PlacementKind.Employment && p.Date == D("2018-05-01")) with { Sustained6m = true }],
            expenditures: [first.Expenditures.Single(e => e.VoucherNo == "V-03") with { PaymentDate = D("2018-07-01"), Amount = Money.Euros(12.34m) }],
            disbursements: [first.Disbursements.Single(d => d.RequestNo == "A-3") with { ReceivedDate = D("2018-06-15") }]);

        store.Save(changed);

        using var read = store.OpenReader();
        var stored = new DataSet(read.Programs(), read.Snapshots(ReportScope.AllProjects).ToList());
        CompareTallies(read, stored, FigureOptions.Default);
        var atMid = read.Tallies(ReportScope.Project("EDGE"), D("2018-05-15"), FigureOptions.Default).Single();
        Assert.That(atMid.ActiveAtEnd, Is.EqualTo(4), "E-02 no longer left");
        Assert.That(atMid.Sustained, Is.EqualTo(2), "E-01's subsidised placement (not sustained) counts first now; E-03's is sustained");
    }

    [Test]
    public void Tallies_ScopeAndAsOf_OnlyProjectsOfTheScopeThatHaveStarted()
    {
        using var store = NewStore();
        store.Save(EdgeCaseRecords.Batch());
        using var read = store.OpenReader();

        var all = read.Tallies(ReportScope.AllProjects, D("2018-06-30"), FigureOptions.Default);
        var other = read.Tallies(new ReportScope(ScopeKind.Program, "P-OTHER"), D("2020-06-30"), FigureOptions.Default);

        Assert.That(all.Select(t => t.Project.Id.Value), Is.EqualTo(new[] { "EDGE", "EMPTY", "NOKINDS" }));
        var empty = all.Single(t => t.Project.Id.Value == "EMPTY");
        Assert.That(empty, Is.EqualTo(new ProjectTally(empty.Project, TargetsOverview.PeriodOf(empty.Project, D("2018-06-30")),
            0, 0, 0, 0, 0, 0, 0, Money.Zero, Money.Zero, Money.Zero, Money.Zero)));
        Assert.That(other.Select(t => t.Project.Id.Value), Is.EqualTo(new[] { "LATE" }));
    }

    /// <summary>Compares the tallies of every project for every as-of date that matters to any of them; returns the
    /// store's tallies.</summary>
    private static List<ProjectTally> CompareTallies(IStoreReader read, DataSet reference, FigureOptions options)
    {
        var engine = new DataSetReader(reference);
        var all = new List<ProjectTally>();
        foreach (var asOf in AsOfDates(reference))
        {
            var fromStore = read.Tallies(ReportScope.AllProjects, asOf, options);
            var fromEngine = engine.Tallies(ReportScope.AllProjects, asOf, options);
            Assert.That(fromStore.Select(Comparable), Is.EqualTo(fromEngine.Select(Comparable)), $"tallies as of {asOf:yyyy-MM-dd}");
            all.AddRange(fromStore);
        }
        Assert.That(all, Is.Not.Empty);
        return all;
    }

    /// <summary>The tally without its project (compared by id), which two readers load as different instances.</summary>
    private static (string, ProjectTally) Comparable(ProjectTally t) => (t.Project.Id.Value, t with { Project = null! });

    /// <summary>For every project: the day before its start, the start, mid-runtime, every quarter end, the end, the day
    /// after and a year later; for every received disbursement the as-of dates whose overhang cutoff (two months back)
    /// falls on it and the day before.</summary>
    private static SortedSet<DateOnly> AsOfDates(DataSet data)
    {
        var dates = new SortedSet<DateOnly>();
        foreach (var s in data.Projects)
        {
            var (start, end) = (s.Project.Runtime.Start, s.Project.Runtime.End);
            dates.UnionWith([start.AddDays(-1), start, start.AddDays((end.DayNumber - start.DayNumber) / 2), end, end.AddDays(1), end.AddYears(1)]);
            for (var q = QuarterEnd(start); q <= end; q = QuarterEnd(q.AddDays(1)))
            {
                dates.Add(q);
            }
            foreach (var r in s.Disbursements.Select(d => d.ReceivedDate).OfType<DateOnly>())
            {
                dates.UnionWith([r.AddMonths(2), r.AddMonths(2).AddDays(-1)]);
            }
        }
        return dates;
    }

    private static DateOnly QuarterEnd(DateOnly d) => new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1);

    private static DataSet InMemory(ImportBatch batch)
    {
        var programs = batch.Programs.ToDictionary(p => p.Id);
        return new DataSet(batch.Programs, batch.Projects.Select(p => new ProjectSnapshot(
            p,
            programs[p.ProgramId],
            batch.BudgetLines.Where(r => r.ProjectId == p.Id).ToList(),
            batch.Participants.Where(r => r.ProjectId == p.Id).ToList(),
            batch.Placements.Where(r => r.ProjectId == p.Id).ToList(),
            batch.Expenditures.Where(r => r.ProjectId == p.Id).ToList(),
            batch.Disbursements.Where(r => r.ProjectId == p.Id).ToList())).ToList());
    }
}
