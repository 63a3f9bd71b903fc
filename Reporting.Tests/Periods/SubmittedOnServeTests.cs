using Reporting.Tests.Web;

namespace Reporting.Tests.Periods;

/// <summary>serve shows a submitted deadline as the other outputs do: the project page's deadlines and the overview's
/// next deadline.</summary>
public class SubmittedOnServeTests
{
    [Test]
    public async Task ProjectPageAndOverview_ProofSubmittedLate_ShowItAsSubmittedLate()
    {
        using var cli = new PeriodCli("sqlite") { Today = new DateOnly(2019, 7, 15) };
        cli.Ok("submit", "--project", "P1", "--form", "proof", "--period", "runtime", "--on", "2019-07-10");
        await using var site = await WebSite.Start(database: cli.Db);

        var project = await site.GetPage("/projekte/P1?zeitraum=runtime&stichtag=2019-07-15");
        var overview = await site.GetPage("/?stichtag=2019-07-15");

        Assert.That(project.Table("deadlines").Value, Does.Contain("eingereicht am 10.07.2019 (verspätet)"));
        Assert.That(overview.Source, Does.Contain("eingereicht am 10.07.2019 (verspätet)"));
    }
}
