using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Figures;

/// <summary>The Mittelabruf (docs/figures.md "Funds request"), worked out by hand.</summary>
/// <remarks>
/// The project runs 2018-01-15..2018-12-31; grant 90,000 + own funds 10,000 (grant share 90 %); PERS 60,000, SACH 40,000.
/// Expenditures: PERS 01-31 3,000; SACH 02-10 1,500; PERS 02-28 6,000; PERS 03-30 6,000; SACH 04-16 3,000.
/// </remarks>
public class FundsRequestTests
{
    private static readonly ProjectId Id = new("MA");

    private static ProjectSnapshot Snapshot(params Disbursement[] disbursements)
    {
        var project = new Reporting.Core.Domain.Project(Id, new ProgramId("PR"), "Abrufprojekt", null, null,
            new DateRange(D("2018-01-15"), D("2018-12-31")), Money.Euros(90_000m), Money.Euros(10_000m), Money.Zero,
            null, null, Reporting.Core.Domain.Project.DefaultTargetKinds);
        Expenditure E(string no, string date, string cat, decimal amount) => new(Id, no, D(date), cat, Money.Euros(amount), null, null);
        return new ProjectSnapshot(project, new FundingProgram(new ProgramId("PR"), "Programm", "Land", null),
            [new BudgetLine(Id, "PERS", "Personal", Money.Euros(60_000m)), new BudgetLine(Id, "SACH", "Sachausgaben", Money.Euros(40_000m))],
            [], [],
            [E("1", "2018-01-31", "PERS", 3_000m), E("2", "2018-02-10", "SACH", 1_500m), E("3", "2018-02-28", "PERS", 6_000m),
             E("4", "2018-03-30", "PERS", 6_000m), E("5", "2018-04-16", "SACH", 3_000m)],
            disbursements);
    }

    private static Disbursement Received(string no, string date, decimal amount) => new(Id, no, null, D(date), Money.Euros(amount));

    [Test]
    public void Forecast_FewerThanThreeMonthsOfHistory_AveragesTheMonthsTheProjectRan()
    {
        // On 12.03.: base months Jan (the project ran from the 15th) and Feb; Dec 2017 lies before the start.
        // PERS (3,000 + 6,000) / 2 = 4,500 a month, SACH 1,500 / 2 = 750; horizon April–May: 9,000 + 1,500 = 10,500.
        // × 0.9 = 9,450. Received 5,000; spent 10,500 × 0.9 = 9,450 from the grant; on hand −4,450.
        // Need 9,450 + 4,450 = 13,900; open grant 85,000: requestable 13,900.
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(Received("R-01", "2018-02-05", 5_000m)), D("2018-03-12"));

        Assert.That(r.Basis, Is.EqualTo(ExpectedPaymentsBasis.Forecast));
        Assert.That(r.ForecastMonths, Is.EqualTo(2));
        Assert.That(r.ForecastBase, Is.EqualTo(new DateRange(D("2018-01-01"), D("2018-02-28"))));
        Assert.That(r.Horizon, Is.EqualTo(new DateRange(D("2018-04-01"), D("2018-05-31"))));
        Assert.That(r.Expected.Select(e => (e.CostCategory, e.MonthlyAverage, e.Amount)), Is.EqualTo(new[]
        {
            ("PERS", (Money?)Money.Euros(4_500m), Money.Euros(9_000m)),
            ("SACH", (Money?)Money.Euros(750m), Money.Euros(1_500m)),
        }));
        Assert.That(r.ExpectedFromGrant, Is.EqualTo(Money.Euros(9_450m)));
        Assert.That((r.Received, r.Spent, r.SpentFromGrant, r.OnHand),
            Is.EqualTo((Money.Euros(5_000m), Money.Euros(10_500m), Money.Euros(9_450m), Money.Euros(-4_450m))));
        Assert.That((r.Need, r.OpenGrant, r.Requestable, r.CappedByOpenGrant),
            Is.EqualTo((Money.Euros(13_900m), Money.Euros(85_000m), Money.Euros(13_900m), false)));
        Assert.That(r.RequestNo, Is.EqualTo("R-02"));
        Assert.That(r.RequestDate, Is.EqualTo(D("2018-03-12")));
    }

    [Test]
    public void Forecast_FirstMonthOfTheRuntime_NothingToAverage()
    {
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(), D("2018-01-20"));

        Assert.That((r.ForecastMonths, r.ForecastBase, r.ExpectedTotal, r.Requestable), Is.EqualTo((0, (DateRange?)null, Money.Zero, Money.Zero)));
    }

    [Test]
    public void Forecast_ThreeFullMonths_AverageOverThree()
    {
        // On 05.05.: Feb, Mar, Apr. PERS (6,000 + 6,000) / 3 = 4,000; SACH (1,500 + 3,000) / 3 = 1,500. × 2 months = 11,000.
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(), D("2018-05-05"));

        Assert.That(r.ForecastMonths, Is.EqualTo(3));
        Assert.That(r.Expected.Select(e => e.Amount), Is.EqualTo(new[] { Money.Euros(8_000m), Money.Euros(3_000m) }));
        Assert.That(r.ExpectedTotal, Is.EqualTo(Money.Euros(11_000m)));
    }

    [Test]
    public void Forecast_HorizonBeyondTheEndDate_CountsOnlyTheMonthsInsideTheRuntime()
    {
        // On 05.11.: horizon December and January; only December lies in the runtime. Base Aug–Oct: no spending.
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(), D("2018-11-05"));

        Assert.That(r.HorizonMonthsInRuntime, Is.EqualTo(1));
        Assert.That(r.Horizon, Is.EqualTo(new DateRange(D("2018-12-01"), D("2019-01-31"))));
    }

    [Test]
    public void FundsOnHand_LargerThanTheExpectedPayments_NothingRequestable()
    {
        // On 10.04.: received 50,000 on 05.02.; spent 16,500 × 0.9 = 14,850; on hand 35,150.
        // Base Jan–Mar: PERS 15,000 / 3 = 5,000, SACH 1,500 / 3 = 500; horizon May–June 11,000 × 0.9 = 9,900 < 35,150.
        // Overhang: received by the cutoff 10.02. (50,000) − spent by 10.04. (16,500) = 33,500.
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(Received("MA-1", "2018-02-05", 50_000m)), D("2018-04-10"));

        Assert.That(r.OnHand, Is.EqualTo(Money.Euros(35_150m)));
        Assert.That(r.ExpectedFromGrant, Is.EqualTo(Money.Euros(9_900m)));
        Assert.That((r.Need, r.Requestable), Is.EqualTo((Money.Zero, Money.Zero)));
        Assert.That((r.OverhangCutoff, r.Overhang), Is.EqualTo((D("2018-02-10"), Money.Euros(33_500m))));
        Assert.That(r.RequestNo, Is.EqualTo("MA-2"));
    }

    [Test]
    public void Planned_NeedAboveTheOpenGrant_CappedByTheOpenGrant()
    {
        // Planned 100,000 × 0.9 = 90,000; received 85,000, spent by 12.03. 10,500 × 0.9 = 9,450: on hand 75,550;
        // need 14,450, but only 90,000 − 85,000 = 5,000 of the grant is still open.
        var r = FigureCalculator.ComputeFundsRequest(Snapshot(Received("7", "2018-01-20", 85_000m)), D("2018-03-12"),
            [new PlannedPayment("PERS", Money.Euros(70_000m)), new PlannedPayment("SACH", Money.Euros(20_000m)), new PlannedPayment("PERS", Money.Euros(10_000m))]);

        Assert.That(r.Basis, Is.EqualTo(ExpectedPaymentsBasis.Planned));
        Assert.That(r.Expected.Select(e => (e.CostCategory, e.Label, e.MonthlyAverage, e.Amount)), Is.EqualTo(new[]
        {
            ("PERS", (string?)"Personal", (Money?)null, Money.Euros(80_000m)),
            ("SACH", (string?)"Sachausgaben", (Money?)null, Money.Euros(20_000m)),
        }));
        Assert.That((r.ExpectedFromGrant, r.OnHand, r.Need, r.OpenGrant), Is.EqualTo((Money.Euros(90_000m), Money.Euros(75_550m), Money.Euros(14_450m), Money.Euros(5_000m))));
        Assert.That((r.Requestable, r.CappedByOpenGrant), Is.EqualTo((Money.Euros(5_000m), true)));
        Assert.That(r.RequestNo, Is.EqualTo("8"));
    }

    [Test]
    public void Forecast_BaseMonthsAcrossTheYearBoundary_AveragesBothYears()
    {
        // YearlyPlanProject on 15.02.2019: base Nov 2018 – Jan 2019: PERS 25,000 + 5,000 = 30,000 / 3 = 10,000 a month;
        // SACH and COACH nothing. Horizon March–April 2019: 20,000. Received 40,000, spent 43,000: on hand −3,000.
        var r = FigureCalculator.ComputeFundsRequest(YearlyPlanProject.Snapshot(), D("2019-02-15"));

        Assert.That(r.ForecastBase, Is.EqualTo(new DateRange(D("2018-11-01"), D("2019-01-31"))));
        Assert.That(r.ExpectedTotal, Is.EqualTo(Money.Euros(20_000m)));
        Assert.That((r.OnHand, r.Requestable, r.RequestNo), Is.EqualTo((Money.Euros(-3_000m), Money.Euros(23_000m), "MA-02")));
    }

    [TestCase(new[] { "MA-09", "MA-10", "MA-02" }, "MA-11", TestName = "Highest number plus one, padding kept")]
    [TestCase(new[] { "MA-99" }, "MA-100", TestName = "Padding grows when needed")]
    [TestCase(new string[0], "1", TestName = "No request yet")]
    [TestCase(new[] { "erster Abruf" }, "2", TestName = "No number to continue")]
    public void NextRequestNo_StoredRequests_NextNumber(string[] stored, string expected)
    {
        var disbursements = stored.Select(n => new Disbursement(Id, n, null, null, Money.Euros(1m))).ToList();

        Assert.That(FigureCalculator.NextRequestNo(disbursements), Is.EqualTo(expected));
    }

    [Test]
    public void FiguresJson_AsOfDay_RequestableNowIsTheFundsRequestOnThatDay()
    {
        var snapshot = Snapshot(Received("R-01", "2018-02-05", 5_000m));
        var figures = FigureCalculator.Compute(snapshot, ReportingPeriod.Quarter(2018, 1), FigureOptions.Default with { Today = D("2018-03-12") });

        var json = FiguresJsonWriter.ToJson(figures);

        Assert.That(json, Does.Contain("\"requestable_now\": 13900.00,"));
        Assert.That(json, Does.Contain("\"on\": \"2018-03-12\""));
        Assert.That(json, Does.Contain("\"request_no\": \"R-02\""));
        Assert.That(json, Does.Contain("\"basis\": \"forecast\""));
    }
}
