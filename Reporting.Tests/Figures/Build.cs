using Reporting.Core.Domain;

namespace Reporting.Tests.Figures;

/// <summary>Small in-memory snapshots for the figures tests.</summary>
internal static class Build
{
    public static readonly ProjectId Id = new("P1");

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static Money E(decimal amount) => Money.Euros(amount);

    /// <summary>Runtime 2018-01-01..2019-12-31 (730 days), grant 800,000 + own 150,000 + third party 50,000, target 100, 10 places.</summary>
    public static Project Project(
        DateOnly? start = null, DateOnly? end = null, int? target = 100, int? places = 10,
        decimal grant = 800_000m, decimal own = 150_000m, decimal third = 50_000m, string id = "P1", string program = "PRG") =>
        new(new ProjectId(id), new ProgramId(program), "Projekt " + id, "Träger", "Dortmund",
            new DateRange(start ?? D(2018, 1, 1), end ?? D(2019, 12, 31)),
            E(grant), E(own), E(third), target, places, Core.Domain.Project.DefaultTargetKinds);

    public static Participant Person(
        string id, DateOnly entry, DateOnly? exit = null, ExitReason? reason = null, Gender? gender = null,
        int? birthYear = null, bool? longTermUnemployed = null, bool? refugee = null, bool? disabled = null) =>
        new(Id, new ParticipantId(id), entry, exit, reason, gender, birthYear, longTermUnemployed, refugee, disabled);

    public static Placement Placed(string person, DateOnly date, PlacementKind kind = PlacementKind.Employment, bool? sustained = null) =>
        new(Id, new ParticipantId(person), date, kind, null, sustained);

    public static Expenditure Spend(string voucher, DateOnly paid, decimal amount, string category = "personnel") =>
        new(Id, voucher, paid, category, E(amount), "Payee " + voucher, "Purpose " + voucher);

    public static Disbursement Received(string no, DateOnly? received, decimal amount) => new(Id, no, null, received, E(amount));

    public static BudgetLine Line(string category, decimal approved) => new(Id, category, "Label " + category, E(approved));

    public static ProjectSnapshot Snapshot(
        Project? project = null,
        IEnumerable<Participant>? people = null,
        IEnumerable<Placement>? placements = null,
        IEnumerable<Expenditure>? spending = null,
        IEnumerable<Disbursement>? disbursements = null,
        IEnumerable<BudgetLine>? lines = null)
    {
        var p = project ?? Project();
        return new ProjectSnapshot(
            p,
            new FundingProgram(p.ProgramId, "Programm", "Land", null),
            [.. lines ?? []],
            [.. people ?? []],
            [.. placements ?? []],
            [.. spending ?? []],
            [.. disbursements ?? []]);
    }

    /// <summary><paramref name="count"/> persons, each entering on 2018-01-01 and placed in employment on <paramref name="date"/>.</summary>
    public static (List<Participant> People, List<Placement> Placements) PlacedPeople(int count, DateOnly date, string prefix = "N")
    {
        var people = Enumerable.Range(1, count).Select(i => Person($"{prefix}{i}", D(2018, 1, 1))).ToList();
        var placements = people.Select(p => Placed(p.Id.Value, date)).ToList();
        return (people, placements);
    }
}
