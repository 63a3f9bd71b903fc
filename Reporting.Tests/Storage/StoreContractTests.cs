using Reporting.Core.Domain;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>What every store must do with records, whatever the backend: the concrete fixtures
/// (<see cref="SqliteStoreTests"/>, <see cref="PostgresStoreTests"/>) supply a fresh, migrated store and add their
/// backend's own specifications (schema versions, connection errors).</summary>
public abstract partial class StoreContractTests
{
    /// <summary>A new, empty store at the current schema version.</summary>
    protected abstract IReportingStore NewStore();

    protected static ImportBatch Batch(
        IReadOnlyList<FundingProgram>? programs = null,
        IReadOnlyList<Project>? projects = null,
        IReadOnlyList<BudgetLine>? budget = null,
        IReadOnlyList<Participant>? participants = null,
        IReadOnlyList<Placement>? placements = null,
        IReadOnlyList<Expenditure>? expenditures = null,
        IReadOnlyList<Disbursement>? disbursements = null) =>
        new(programs ?? [], projects ?? [], budget ?? [], participants ?? [], placements ?? [], expenditures ?? [], disbursements ?? []);

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
            Throws.InstanceOf<System.Data.Common.DbException>());

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
