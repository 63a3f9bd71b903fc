using Reporting.Core.Domain;
using Reporting.Core.Storage;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

public class SqliteStoreTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-store-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private SqliteStore NewStore()
    {
        var store = new SqliteStore(Path.Combine(_dir, "test.db"));
        store.Migrate();
        return store;
    }

    private static ImportBatch Batch(
        IReadOnlyList<FundingProgram>? programs = null,
        IReadOnlyList<Project>? projects = null,
        IReadOnlyList<BudgetLine>? budget = null,
        IReadOnlyList<Participant>? participants = null,
        IReadOnlyList<Placement>? placements = null,
        IReadOnlyList<Expenditure>? expenditures = null,
        IReadOnlyList<Disbursement>? disbursements = null) =>
        new(programs ?? [], projects ?? [], budget ?? [], participants ?? [], placements ?? [], expenditures ?? [], disbursements ?? []);

    [Test]
    public void Migrate_NewFile_ReachesCurrentSchemaVersion()
    {
        using var store = NewStore();

        Assert.That(store.SchemaVersion, Is.EqualTo(SqliteStore.CurrentSchemaVersion));
        Assert.That(() => store.EnsureCurrent(), Throws.Nothing);
    }

    [Test]
    public void EnsureCurrent_EmptyFile_SaysHowToInitialise()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "empty.db"));

        Assert.That(() => store.EnsureCurrent(),
            Throws.TypeOf<StoreException>().With.Message.Contains("fundingreports init"));
    }

    [Test]
    public void Migrate_DatabaseFromNewerProgram_IsRefusedWithMessage()
    {
        var path = Path.Combine(_dir, "newer.db");
        using (var store = new SqliteStore(path))
        {
            store.Migrate();
        }
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        using var reopened = new SqliteStore(path);

        Assert.That(() => reopened.Migrate(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
    }

    [Test]
    public void Open_FileThatIsNotSqlite_IsAStoreError()
    {
        var path = Path.Combine(_dir, "notes.db");
        File.WriteAllText(path, "this is not a database, just some text that is long enough to fill a header page....");

        using var store = new SqliteStore(path);

        Assert.That(() => store.SchemaVersion, Throws.TypeOf<StoreException>());
    }

    [Test]
    public void SaveThenLoad_RoundTripsEveryFieldExactly()
    {
        using var store = NewStore();
        var participant = new Participant(ProjectA, new ParticipantId("DO-0001"), D("2017-08-01"), D("2018-02-28"),
            ExitReason.Placement, Gender.Diverse, 1980, true, null, false);
        var placement = new Placement(ProjectA, participant.Id, D("2018-02-15"), PlacementKind.SelfEmployment, "Pflege", null);
        var expenditure = new Expenditure(ProjectA, "B-0001", D("2017-09-30"), "PERS", Money.Euros(-1234.56m),
            "Müller & Söhne; GmbH", "=HYPERLINK(\"x\")");
        var disbursement = new Disbursement(ProjectA, "A-1", D("2017-07-10"), null, Money.Euros(5_800_000.01m));

        store.Save(Batch([Program()], [Project(own: 12.34m, places: 40)],
            [new BudgetLine(ProjectA, "PERS", "Personalausgaben", Money.Euros(1_000_000m))],
            [participant], [placement], [expenditure], [disbursement]));
        var loaded = store.Load().Find(ProjectA)!;

        Assert.That(loaded.Project with { TargetKinds = Project().TargetKinds },
            Is.EqualTo(Project(own: 12.34m, places: 40)));
        Assert.That(loaded.Project.TargetKinds, Is.EquivalentTo(new[] { PlacementKind.Employment, PlacementKind.Apprenticeship }));
        Assert.That(loaded.Participants.Single(), Is.EqualTo(participant));
        Assert.That(loaded.Placements.Single(), Is.EqualTo(placement));
        Assert.That(loaded.Expenditures.Single(), Is.EqualTo(expenditure));
        Assert.That(loaded.Disbursements.Single(), Is.EqualTo(disbursement));
        Assert.That(loaded.BudgetLines.Single().Approved, Is.EqualTo(Money.Euros(1_000_000m)));
    }

    [Test]
    public void Save_SameKeysTwice_ReplacesAndKeepsCounts()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()], participants: [Participant("DO-1", "2017-08-01")]));

        store.Save(Batch([Program()], [Project(grant: 5_500_000m)], participants: [Participant("DO-1", "2017-09-01")]));

        var counts = store.Count();
        var project = store.Load().Find(ProjectA)!;
        Assert.That(counts[RecordKind.Projects], Is.EqualTo(1));
        Assert.That(counts[RecordKind.Participants], Is.EqualTo(1));
        Assert.That(project.Project.Grant, Is.EqualTo(Money.Euros(5_500_000m)));
        Assert.That(project.Participants.Single().EntryDate, Is.EqualTo(D("2017-09-01")));
    }

    [Test]
    public void Save_BatchThatBreaksAConstraint_StoresNothing()
    {
        using var store = NewStore();
        var orphanParticipant = Participant("DO-1", "2017-08-01", project: "NO-SUCH-PROJECT");

        Assert.That(() => store.Save(Batch([Program()], [Project()], participants: [orphanParticipant])), Throws.Exception);

        Assert.That(store.Count().Values.Sum(), Is.EqualTo(0));
    }

    [Test]
    public void Load_ManyCentAmounts_SumsExactlyInDecimal()
    {
        using var store = NewStore();
        var expenditures = Enumerable.Range(1, 1000)
            .Select(i => new Expenditure(ProjectA, $"B-{i:D4}", D("2018-01-15"), "PERS", Money.Euros(0.10m), null, null))
            .ToList();
        store.Save(Batch([Program()], [Project()], [new BudgetLine(ProjectA, "PERS", null, Money.Euros(100m))],
            expenditures: expenditures));

        var total = store.Load().Find(ProjectA)!.Expenditures.Sum(e => e.Amount);

        Assert.That(total, Is.EqualTo(Money.Euros(100.00m)));
    }
}
