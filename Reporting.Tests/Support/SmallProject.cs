using Reporting.Core.Domain;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Support;

/// <summary>A small project whose figures are worked out by hand in the tests that use it.</summary>
/// <remarks>
/// Runtime 2018-01-01..2018-12-31; grant 80,000 + own funds 20,000 = 100,000 (grant share 80 %); target 10; 5 places.
/// Budget: PERS 60,000, SACH 40,000.
/// Participants: A 01-15..05-31 (placement), B 02-01.., C 03-01..03-31 (dropout), D 04-10.., E 07-01.., F 08-01..
/// Placements: A 05-15 employment; B 06-01 subsidised (not a target kind), B 09-01 employment; D 10-01 apprenticeship.
/// Expenditures: V1 PERS 01-31 5,000.00; V2 SACH 03-15 2,500.50; V3 SACH 03-20 −500.50 (refund); V4 PERS 06-30 10,000.00;
/// V5 PERS 11-30 1,000.00. Disbursements: D1 received 02-01 20,000; D2 received 07-01 10,000.
/// </remarks>
public static class SmallProject
{
    public static readonly ProjectId Id = new("P1");

    public static ProjectSnapshot Snapshot()
    {
        var project = new Reporting.Core.Domain.Project(Id, new ProgramId("PR"), "Kleines Projekt", "Träger e.V.", "Hagen",
            new DateRange(D("2018-01-01"), D("2018-12-31")), Money.Euros(80_000m), Money.Euros(20_000m), Money.Zero,
            10, 5, Reporting.Core.Domain.Project.DefaultTargetKinds);
        Participant P(string id, string entry, string? exit = null, ExitReason? reason = null, Gender? g = Gender.Female, int? born = 1980) =>
            new(Id, new ParticipantId(id), D(entry), exit is null ? null : D(exit), reason, g, born, true, null, null);
        Placement Pl(string id, string date, PlacementKind kind) => new(Id, new ParticipantId(id), D(date), kind, null, null);
        Expenditure E(string no, string date, string cat, decimal amount, string? payee = "Träger e.V.") =>
            new(Id, no, D(date), cat, Money.Euros(amount), payee, "Zweck " + no);
        return new ProjectSnapshot(
            project,
            new FundingProgram(new ProgramId("PR"), "Programm", "Land", "§ 44 LHO"),
            [new BudgetLine(Id, "PERS", "Personal", Money.Euros(60_000m)), new BudgetLine(Id, "SACH", "Sachausgaben", Money.Euros(40_000m))],
            [
                P("A", "2018-01-15", "2018-05-31", ExitReason.Placement),
                P("B", "2018-02-01", g: Gender.Male),
                P("C", "2018-03-01", "2018-03-31", ExitReason.Dropout),
                P("D", "2018-04-10", g: Gender.Male, born: 2000),
                P("E", "2018-07-01"),
                P("F", "2018-08-01", g: null, born: null),
            ],
            [
                Pl("A", "2018-05-15", PlacementKind.Employment),
                Pl("B", "2018-06-01", PlacementKind.Subsidised),
                Pl("B", "2018-09-01", PlacementKind.Employment),
                Pl("D", "2018-10-01", PlacementKind.Apprenticeship),
            ],
            [
                E("V1", "2018-01-31", "PERS", 5_000m),
                E("V2", "2018-03-15", "SACH", 2_500.50m, "=HYPERLINK(\"http://x\")"),
                E("V3", "2018-03-20", "SACH", -500.50m),
                E("V4", "2018-06-30", "PERS", 10_000m),
                E("V5", "2018-11-30", "PERS", 1_000m),
            ],
            [
                new Disbursement(Id, "D1", D("2018-01-20"), D("2018-02-01"), Money.Euros(20_000m)),
                new Disbursement(Id, "D2", D("2018-06-20"), D("2018-07-01"), Money.Euros(10_000m)),
            ]);
    }

    public static DataSet Data() => new([Snapshot().Program], [Snapshot()]);

    /// <summary>The same project under another id (and name), every record moved with it.</summary>
    public static ProjectSnapshot As(string id, string? name = null)
    {
        var s = Snapshot();
        var pid = new ProjectId(id);
        return s with
        {
            Project = s.Project with { Id = pid, Name = name ?? s.Project.Name },
            BudgetLines = [.. s.BudgetLines.Select(x => x with { ProjectId = pid })],
            Participants = [.. s.Participants.Select(x => x with { ProjectId = pid })],
            Placements = [.. s.Placements.Select(x => x with { ProjectId = pid })],
            Expenditures = [.. s.Expenditures.Select(x => x with { ProjectId = pid })],
            Disbursements = [.. s.Disbursements.Select(x => x with { ProjectId = pid })],
        };
    }
}
