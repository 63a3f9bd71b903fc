using Reporting.Core.Bench;
using Reporting.Core.Domain;

namespace Reporting.Tests.Bench;

public class SyntheticDataTests
{
    [Test]
    public void Create_SameSizeTwice_SameRecords()
    {
        var size = new SyntheticSize(Projects: 5, Months: 25, Vouchers: 50);

        var first = SyntheticData.Create(size);
        var second = SyntheticData.Create(size);

        Assert.That(Flatten(second), Is.EqualTo(Flatten(first)));
    }

    [Test]
    public void Create_ThreeProjectsOfTwentyFiveMonths_RuntimesStartJanuary2018AndEndJanuary2020()
    {
        var data = SyntheticData.Create(new SyntheticSize(3, 25));

        Assert.That(data.Projects.Select(p => p.Project.Id.Value), Is.EqualTo(new[] { "S000001", "S000002", "S000003" }));
        Assert.That(data.Projects.Select(p => p.Project.Runtime).Distinct(),
            Is.EqualTo(new[] { new DateRange(new DateOnly(2018, 1, 1), new DateOnly(2020, 1, 31)) }));
        Assert.That(data.Projects.Select(p => p.Project.ProgramId.Value), Is.EqualTo(new[] { "P-1", "P-2", "P-3" }));
    }

    [Test]
    public void Create_EveryRecordOfAProject_LiesInItsRuntime()
    {
        var data = SyntheticData.Create(new SyntheticSize(20, 7, 30));

        foreach (var p in data.Projects)
        {
            var runtime = p.Project.Runtime;
            Assert.That(p.Expenditures.All(e => runtime.Contains(e.PaymentDate) && e.ProjectId == p.Project.Id), Is.True);
            Assert.That(p.Participants.All(t => runtime.Contains(t.EntryDate) && (t.ExitDate is null || runtime.Contains(t.ExitDate.Value))), Is.True);
            Assert.That(p.Placements.All(t => runtime.Contains(t.Date)), Is.True);
        }
    }

    [Test]
    public void Create_WithVouchers_AddsOneProjectWithThatManyExpenditures()
    {
        var data = SyntheticData.Create(new SyntheticSize(2, 3, Vouchers: 1234));

        var big = data.Find(SyntheticData.VoucherProjectId);
        Assert.That(data.Projects, Has.Count.EqualTo(3));
        Assert.That(big!.Expenditures, Has.Count.EqualTo(1234));
        Assert.That(big.Expenditures.Select(e => e.VoucherNo).Distinct().Count(), Is.EqualTo(1234));
        Assert.That(big.Expenditures[0].VoucherNo, Is.EqualTo("V000001"));
    }

    [TestCase(1_000_000, 40_000, 25)]
    [TestCase(100, 4, 25)]
    [TestCase(101, 5, 25)]
    [TestCase(10, 1, 10)]
    public void MonthlySize_Rows_ProjectsTimesMonthsCoverThem(int rows, int projects, int months)
    {
        Assert.That(FormBench.MonthlySize(rows), Is.EqualTo(new SyntheticSize(projects, months)));
    }

    private static List<string> Flatten(DataSet data) =>
        data.Projects.SelectMany(p => new[] { p.Project.ToString() }
            .Concat(p.BudgetLines.Select(x => x.ToString()))
            .Concat(p.Participants.Select(x => x.ToString()))
            .Concat(p.Placements.Select(x => x.ToString()))
            .Concat(p.Expenditures.Select(x => x.ToString()))
            .Concat(p.Disbursements.Select(x => x.ToString()))).ToList();
}
