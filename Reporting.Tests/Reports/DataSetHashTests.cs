using System.Collections;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Reports;

/// <summary>The hash of the records a report run read: the same for a scope read from a store as for the same records
/// in memory, and computed while the projects are read, one at a time.</summary>
public class DataSetHashTests
{
    private static readonly string[] Ids = ["b-2", "B-1", "a-3"];

    private static DataSet Records() => new(
        [Program()],
        Ids.Select(id => new ProjectSnapshot(Project(id), Program(), [],
            [Participant("TN-1", "2018-01-15", project: id), Participant("TN-2", "2018-02-01", project: id)],
            [],
            [new Expenditure(new ProjectId(id), "V-1", D("2018-03-01"), "PERS", Money.Euros(12.5m), null, null)],
            [])).ToList());

    [Test]
    public void OfAStoreScope_IsTheHashOfTheSameRecordsInMemory()
    {
        var records = Records();
        using var reader = new LoggingReader(records, []);

        Assert.That(DataSetHash.Of(reader, ReportScope.AllProjects), Is.EqualTo(DataSetHash.Of(records)));
        Assert.That(DataSetHash.Of(records with { Projects = [.. records.Projects.Reverse()] }), Is.EqualTo(DataSetHash.Of(records)));
    }

    [Test]
    public void OfAStoreScope_HashesEachProjectBeforeTheNextIsRead()
    {
        var log = new List<string>();
        using var reader = new LoggingReader(Records(), log);

        DataSetHash.Of(reader, ReportScope.AllProjects);

        // By project id (ordinal): "B-1" < "a-3" < "b-2". A sort of the snapshots would read all three first.
        Assert.That(log, Is.EqualTo(new[] { "read B-1", "hash B-1", "read a-3", "hash a-3", "read b-2", "hash b-2" }));
    }

    [Test]
    public void OfAStoreScope_ProjectsOutOfIdOrder_IsAnError()
    {
        using var reader = new LoggingReader(Records(), [], reverse: true);

        Assert.That(() => DataSetHash.Of(reader, ReportScope.AllProjects),
            Throws.InvalidOperationException.With.Message.Contains("out of id order"));
    }

    /// <summary>A store reader over records in memory that logs when it reads a project and when the project's
    /// participants are read (which the hash does first of a project's records).</summary>
    private sealed class LoggingReader(DataSet data, List<string> log, bool reverse = false) : IStoreReader
    {
        private readonly DataSetReader _inner = new(data);

        public IReadOnlyList<FundingProgram> Programs() => _inner.Programs();

        public IReadOnlyList<ProjectEntry> Projects(ReportScope scope) => _inner.Projects(scope);

        public ProjectSnapshot? Snapshot(ProjectId id) => _inner.Snapshot(id);

        public IEnumerable<ProjectSnapshot> Snapshots(ReportScope scope)
        {
            var snapshots = _inner.Snapshots(scope);
            foreach (var snapshot in reverse ? snapshots.Reverse() : snapshots)
            {
                var id = snapshot.Project.Id.Value;
                log.Add("read " + id);
                yield return snapshot with { Participants = new Logged<Participant>(snapshot.Participants, () => log.Add("hash " + id)) };
            }
        }

        public IReadOnlyList<ProjectTally> Tallies(ReportScope scope, DateOnly asOf, FigureOptions options) =>
            _inner.Tallies(scope, asOf, options);

        public ProjectLedger Ledger(ProjectId id) => _inner.Ledger(id);

        public IReadOnlyList<PurgeRecord> Purges() => _inner.Purges();

        public void Dispose() => _inner.Dispose();
    }

    private sealed class Logged<T>(IReadOnlyList<T> items, Action enumerated) : IReadOnlyList<T>
    {
        public T this[int index] => items[index];

        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator()
        {
            enumerated();
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
