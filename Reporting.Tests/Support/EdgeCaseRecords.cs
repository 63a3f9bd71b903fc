using Reporting.Core.Domain;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Support;

/// <summary>Hand-built records around project <c>EDGE</c> for comparing a store's summaries with the engine.</summary>
internal static class EdgeCaseRecords
{
    public static readonly ProjectId Project = new("EDGE");

    /// <summary>Records whose tallies are easy to get wrong from summaries: people entering before the start, leaving
    /// before they entered, on their entry day, after the end; a person placed first in a kind that does not count, one
    /// placed in two kinds on one day, one placed before the start or after the end; refunds; money spent and received
    /// before the start and after the end; a disbursement received exactly on the overhang cutoff of 2018-05-15 and
    /// one never received; a project without records, one without target kinds and one starting later.</summary>
    public static ImportBatch Batch()
    {
        var program = Program();
        var other = Program("P-OTHER", "Bund");
        var edge = TestData.Project("EDGE", start: "2018-01-01", end: "2019-06-30", target: 10, places: 5);
        var empty = TestData.Project("EMPTY", start: "2018-01-01", end: "2018-12-31");
        var noKinds = TestData.Project("NOKINDS", start: "2018-02-01", end: "2019-01-31", target: null) with { TargetKinds = new HashSet<PlacementKind>() };
        var late = TestData.Project("LATE", program: "P-OTHER", start: "2020-01-01", end: "2020-12-31");
        Participant Person(string id, string entry, string? exit, string project = "EDGE") =>
            Participant(id, entry, exit, project, exit is null ? null : ExitReason.Other);
        Placement Placed(string person, string date, PlacementKind kind, bool? sustained, string project = "EDGE") =>
            new(new ProjectId(project), new ParticipantId(person), D(date), kind, null, sustained);
        Expenditure Paid(string voucher, string date, string category, decimal euros, string project = "EDGE") =>
            new(new ProjectId(project), voucher, D(date), category, Money.Euros(euros), null, null);
        Disbursement Received(string request, string? date, decimal euros, string project = "EDGE") =>
            new(new ProjectId(project), request, null, date is null ? null : D(date), Money.Euros(euros));

        return new ImportBatch(
            [program, other],
            [edge, empty, noKinds, late],
            [new BudgetLine(Project, "PERS", "Personal", Money.Euros(30_000m)), new BudgetLine(Project, "SACH", null, Money.Euros(5_000m))],
            [
                Person("E-01", "2017-12-01", "2018-02-28"),
                Person("E-02", "2018-03-01", "2018-02-15"),
                Person("E-03", "2018-03-31", null),
                Person("E-04", "2018-06-30", "2018-06-30"),
                Person("E-05", "2019-06-30", null),
                Person("E-06", "2019-07-01", "2019-08-01"),
                Person("E-07", "2018-05-15", "2019-07-15"),
                Person("E-08", "2018-02-01", "2018-09-30"),
                Person("N-01", "2018-02-01", "2018-03-01", "NOKINDS"),
                Person("L-01", "2020-02-01", null, "LATE"),
            ],
            [
                Placed("E-01", "2018-02-20", PlacementKind.Subsidised, false),
                Placed("E-01", "2018-04-10", PlacementKind.Employment, true),
                Placed("E-03", "2018-05-01", PlacementKind.Apprenticeship, true),
                Placed("E-03", "2018-05-01", PlacementKind.Employment, null),
                Placed("E-03", "2018-08-01", PlacementKind.Employment, true),
                Placed("E-08", "2017-12-15", PlacementKind.Employment, true),
                Placed("E-07", "2019-07-10", PlacementKind.Apprenticeship, true),
                Placed("E-04", "2018-06-30", PlacementKind.Other, true),
                Placed("E-02", "2018-03-31", PlacementKind.SelfEmployment, true),
                Placed("E-02", "2018-03-31", PlacementKind.Apprenticeship, false),
                Placed("N-01", "2018-02-20", PlacementKind.Employment, true, "NOKINDS"),
                Placed("L-01", "2020-03-01", PlacementKind.Employment, true, "LATE"),
            ],
            [
                Paid("V-01", "2017-12-20", "PERS", 1_000.00m),
                Paid("V-02", "2018-01-01", "PERS", 2_500.50m),
                Paid("V-03", "2018-03-31", "SACH", 99.99m),
                Paid("V-04", "2018-04-02", "PERS", -500.25m),
                Paid("V-05", "2018-04-02", "SACH", 0.01m),
                Paid("V-06", "2019-06-30", "PERS", 10_000m),
                Paid("V-07", "2019-07-01", "PERS", 777m),
                Paid("V-08", "2018-09-30", "PERS", -99.99m),
                Paid("N-V1", "2018-03-01", "PERS", 50m, "NOKINDS"),
                Paid("L-V1", "2020-03-01", "PERS", 70m, "LATE"),
            ],
            [
                Received("A-1", "2018-01-15", 20_000m),
                Received("A-2", "2018-03-15", 5_000m),
                Received("A-3", null, 3_000m),
                Received("A-4", "2017-12-31", 1_000m),
                Received("A-5", "2019-07-15", 4_000m),
                Received("A-6", "2018-12-31", 2_000m),
                Received("N-A1", "2018-02-10", 500m, "NOKINDS"),
            ]);
    }
}
