using Npgsql;
using Reporting.Core.Domain;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>The same specifications as <see cref="SqliteStoreTests"/>, against a real PostgreSQL server
/// (<see cref="PostgresServer"/>), each test on a fresh database.</summary>
public class PostgresStoreTests
{
    private string _database = "";

    [SetUp]
    public void CreateDatabase() => _database = PostgresServer.Shared.NewDatabase();

    private PostgresStore NewStore()
    {
        var store = new PostgresStore(_database);
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
    public void Migrate_NewDatabase_ReachesCurrentSchemaVersion()
    {
        using var store = NewStore();

        Assert.That(store.SchemaVersion, Is.EqualTo(PostgresStore.CurrentSchemaVersion));
        Assert.That(() => store.EnsureCurrent(), Throws.Nothing);
    }

    [Test]
    public void Migrate_RunTwice_KeepsDataAndVersion()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()]));

        store.Migrate();

        Assert.That(store.SchemaVersion, Is.EqualTo(PostgresStore.CurrentSchemaVersion));
        Assert.That(store.Count()[RecordKind.Projects], Is.EqualTo(1));
    }

    [Test]
    public void EnsureCurrent_EmptyDatabase_SaysHowToInitialiseWithoutThePassword()
    {
        var url = $"postgresql://postgres:s3cret@127.0.0.1:{PostgresServer.Shared.Port}/{new NpgsqlConnectionStringBuilder(_database).Database}";
        using var store = StoreFactory.Open(url);

        Assert.That(store.SchemaVersion, Is.EqualTo(0));
        Assert.That(() => store.EnsureCurrent(),
            Throws.TypeOf<StoreException>().With.Message.Contains("fundingreports init").And.Message.Not.Contains("s3cret"));
    }

    [Test]
    public void Migrate_DatabaseFromNewerProgram_IsRefusedWithMessage()
    {
        using (var store = NewStore())
        {
        }
        using (var raw = new NpgsqlConnection(_database))
        {
            raw.Open();
            using var cmd = new NpgsqlCommand("UPDATE schema_version SET version = 99;", raw);
            cmd.ExecuteNonQuery();
        }

        using var reopened = new PostgresStore(_database);

        Assert.That(() => reopened.Migrate(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
        Assert.That(() => reopened.EnsureCurrent(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
    }

    [Test]
    public void Open_NoServerListening_IsAStoreErrorNamingServerNotPassword()
    {
        var port = PostgresServer.FreePort();

        Assert.That(() => StoreFactory.Open($"Host=127.0.0.1;Port={port};Username=fr;Password=s3cret;Database=reports;Timeout=3"),
            Throws.TypeOf<StoreException>()
                .With.Message.Contains($"127.0.0.1:{port}/reports").And.Message.Not.Contains("s3cret"));
    }

    [Test]
    public void Open_DatabaseThatDoesNotExist_IsAStoreErrorNamingIt()
    {
        var location = PostgresServer.Shared.ConnectionString("no_such_db");

        Assert.That(() => StoreFactory.Open(location),
            Throws.TypeOf<StoreException>().With.Message.Contains($"127.0.0.1:{PostgresServer.Shared.Port}/no_such_db")
                .And.Message.Contains("does not exist"));
    }

    [Test]
    public void SaveThenLoad_RoundTripsEveryFieldExactly()
    {
        using var store = NewStore();
        var participant = new Participant(ProjectA, new ParticipantId("DO-0001"), D("2017-08-01"), D("2018-02-28"),
            ExitReason.Placement, Gender.Diverse, 1980, true, null, false);
        var placement = new Placement(ProjectA, participant.Id, D("2018-02-15"), PlacementKind.SelfEmployment, "Pflege", null);
        var sustained = new Placement(ProjectA, participant.Id, D("2018-02-15"), PlacementKind.Employment, null, true);
        var expenditure = new Expenditure(ProjectA, "B-0001", D("2017-09-30"), "PERS", Money.Euros(-1234.56m),
            "Müller & Söhne; GmbH", "=HYPERLINK(\"x\")");
        var disbursement = new Disbursement(ProjectA, "A-1", D("2017-07-10"), null, Money.Euros(5_800_000.01m));
        var received = new Disbursement(ProjectA, "A-2", null, D("2018-12-31"), Money.Euros(0.01m));

        store.Save(Batch([Program()], [Project(own: 12.34m, places: 40)],
            [new BudgetLine(ProjectA, "SACH", null, Money.Euros(0.99m)),
             new BudgetLine(ProjectA, "PERS", "Personalausgaben", Money.Euros(1_000_000m))],
            [participant], [placement, sustained], [expenditure], [disbursement, received]));
        var data = store.Load();
        var loaded = data.Find(ProjectA)!;

        Assert.That(data.Programs.Single(), Is.EqualTo(Program()));
        Assert.That(loaded.Project with { TargetKinds = Project().TargetKinds },
            Is.EqualTo(Project(own: 12.34m, places: 40)));
        Assert.That(loaded.Project.TargetKinds, Is.EquivalentTo(new[] { PlacementKind.Employment, PlacementKind.Apprenticeship }));
        Assert.That(loaded.Participants.Single(), Is.EqualTo(participant));
        Assert.That(loaded.Placements, Is.EquivalentTo(new[] { placement, sustained }));
        Assert.That(loaded.Expenditures.Single(), Is.EqualTo(expenditure));
        Assert.That(loaded.Disbursements, Is.EqualTo(new[] { disbursement, received }));
        Assert.That(loaded.BudgetLines, Is.EqualTo(new[]
        {
            new BudgetLine(ProjectA, "SACH", null, Money.Euros(0.99m)),
            new BudgetLine(ProjectA, "PERS", "Personalausgaben", Money.Euros(1_000_000m)),
        }), "budget lines keep their import order, as in SQLite");
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

        Assert.That(() => store.Save(Batch([Program()], [Project()], participants: [orphanParticipant])),
            Throws.InstanceOf<PostgresException>());

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
