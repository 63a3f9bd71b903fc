using Reporting.Core.Domain;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Support;

/// <summary>A project whose financing plan is split by budget year; its figures are worked out by hand in the tests.</summary>
/// <remarks>
/// Runtime 2018-07-01..2019-06-30; grant 100,000 (grant share 100 %).
/// Plan: PERS 2018 30,000 + 2019 30,000 = 60,000; SACH 2018 10,000 + 2019 10,000 = 20,000; COACH only 2019 20,000.
/// Expenditures: P1 PERS 2018-12-20 25,000; S1 SACH 2018-10-01 13,000; P2 PERS 2019-01-10 5,000; C1 COACH 2019-03-01 8,000.
/// Disbursements: MA-01 received 2018-07-20 40,000.
/// </remarks>
public static class YearlyPlanProject
{
    public static readonly ProjectId Id = new("HJ");

    public static ProjectSnapshot Snapshot(bool withYears = true)
    {
        var project = new Reporting.Core.Domain.Project(Id, new ProgramId("PR"), "Projekt mit Jahresplan", "Träger e.V.", "Essen",
            new DateRange(D("2018-07-01"), D("2019-06-30")), Money.Euros(100_000m), Money.Zero, Money.Zero,
            10, null, Reporting.Core.Domain.Project.DefaultTargetKinds);
        BudgetLine L(string category, decimal amount, int year) => new(Id, category, "Kostenart " + category, Money.Euros(amount), year);
        IReadOnlyList<BudgetLine> lines = withYears
            ? [L("PERS", 30_000m, 2018), L("PERS", 30_000m, 2019), L("SACH", 10_000m, 2018), L("SACH", 10_000m, 2019), L("COACH", 20_000m, 2019)]
            :
            [
                new(Id, "PERS", "Kostenart PERS", Money.Euros(60_000m)), new(Id, "SACH", "Kostenart SACH", Money.Euros(20_000m)),
                new(Id, "COACH", "Kostenart COACH", Money.Euros(20_000m)),
            ];
        Expenditure E(string no, string date, string cat, decimal amount) => new(Id, no, D(date), cat, Money.Euros(amount), "Träger e.V.", "Zweck " + no);
        return new ProjectSnapshot(
            project,
            new FundingProgram(new ProgramId("PR"), "Programm", "Land", "§ 44 LHO"),
            lines,
            [],
            [],
            [E("P1", "2018-12-20", "PERS", 25_000m), E("S1", "2018-10-01", "SACH", 13_000m), E("P2", "2019-01-10", "PERS", 5_000m),
             E("C1", "2019-03-01", "COACH", 8_000m)],
            [new Disbursement(Id, "MA-01", D("2018-07-10"), D("2018-07-20"), Money.Euros(40_000m))]);
    }

    public static DataSet Data(bool withYears = true) => new([Snapshot(withYears).Program], [Snapshot(withYears)]);
}
