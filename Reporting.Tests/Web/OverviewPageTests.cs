using System.Net;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Reporting.Web.Pages;

namespace Reporting.Tests.Web;

/// <summary><c>/</c>: every project in scope, worst first, as <see cref="TargetsOverview"/> orders and computes them.</summary>
public class OverviewPageTests
{
    private WebSite _site = null!;

    [OneTimeSetUp]
    public async Task Start() => _site = await WebSite.Start();

    [OneTimeTearDown]
    public async Task Stop() => await _site.DisposeAsync();

    private static IReadOnlyList<string> ProjectIds(HtmlPage page) =>
        page.Table("targets").Element("tbody")!.Elements("tr").Select(r => r.Attribute("data-project")!.Value).ToList();

    private static HtmlPage.Row RowOf(HtmlPage page, string id) =>
        new(page.Table("targets").Element("tbody")!.Elements("tr").Single(r => r.Attribute("data-project")!.Value == id));

    [Test]
    public async Task Overview_KeyDate_EveryProjectWorstFirstWithStatusBadgeAndWords()
    {
        var page = await _site.GetPage("/?stichtag=2019-03-26");
        var engine = SampleData.Targets(SampleData.KeyDate);

        Assert.That(ProjectIds(page), Is.EqualTo(engine.Rows.Select(r => r.ProjectId.Value)));
        foreach (var row in engine.Rows)
        {
            var badge = RowOf(page, row.ProjectId.Value).Element.Descendants("span").Single(s => s.Attribute("data-status") is not null);
            Assert.That(badge.Attribute("data-status")!.Value, Is.EqualTo(row.Status!.Value.Code()));
            Assert.That(badge.Value, Is.EqualTo(GermanLabels.Of(row.Status)), "the status is said in words, not only by colour");
            Assert.That(badge.Attribute("class")!.Value, Does.StartWith("badge status-"));
        }
        Assert.That(engine.Rows.Select(r => r.Status), Does.Contain(TargetStatus.AtRisk).And.Contain(TargetStatus.Met).And.Contain(TargetStatus.Missed));
    }

    [Test]
    public async Task Overview_Row_FiguresAsTheEngineComputesThem()
    {
        var page = await _site.GetPage("/?stichtag=2019-03-26");
        var scla = SampleData.Targets(SampleData.KeyDate).Rows.Single(r => r.ProjectId.Value == "SCLA-DO");

        var row = RowOf(page, "SCLA-DO");

        Assert.That(row.Cells, Is.EqualTo(new[]
        {
            "SCLA-DO Service Center lokale Arbeit (SCLA)",
            "MIL-NRW",
            GermanLabels.Of(scla.Status),
            Show.Count(scla.PlacementsCumulative),
            "210",
            Show.Percent(scla.Attainment),
            Show.Number(scla.ExpectedByNow),
            Show.Number(scla.ForecastAtEnd),
            Show.Percent(scla.Utilisation),
            $"Zwischennachweis 2018, fällig 30.04.2019 {GermanLabels.Of(scla.NextDeadline!.Status)}",
        }));
        Assert.That(row.Cells[3], Is.EqualTo("151"));
        Assert.That(row.Cells[5], Is.EqualTo("71,9 %"));
    }

    [Test]
    public async Task Overview_RollUpRow_EqualsTheEngineTotal()
    {
        var page = await _site.GetPage("/?stichtag=2019-03-26");
        var total = SampleData.Targets(SampleData.KeyDate).Total;

        var cells = page.Table("targets").Element("tfoot")!.Element("tr")!.Elements().Select(HtmlPage.Text).ToList();

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Gesamt (7 Projekte)", GermanLabels.Of(total.Status), Show.Count(total.PlacementsCumulativeTowardsTarget),
            Show.Count(total.TargetPlacements), Show.Percent(total.Attainment), Show.Number(total.ExpectedByNow),
            Show.Number(total.ForecastAtEnd), Show.Percent(total.Utilisation), "–",
        }));
    }

    [Test]
    public async Task Overview_NoKeyDate_IsToday()
    {
        var page = await _site.GetPage("/");

        Assert.That(page.InputValue("stichtag"), Is.EqualTo("2019-03-26"));
        Assert.That(ProjectIds(page), Is.EqualTo(SampleData.Targets(SampleData.KeyDate).Rows.Select(r => r.ProjectId.Value)));
    }

    [Test]
    public async Task Overview_ProgramFilter_OnlyItsProjectsAndTheirTotal()
    {
        var page = await _site.GetPage("/?programm=ST-NRW&stichtag=2019-03-26");
        var engine = SampleData.Targets(SampleData.KeyDate, new ReportScope(ScopeKind.Program, "ST-NRW"));

        Assert.That(ProjectIds(page), Is.EqualTo(engine.Rows.Select(r => r.ProjectId.Value)));
        Assert.That(ProjectIds(page), Has.Count.EqualTo(5));
        Assert.That(HtmlPage.Text(page.Table("targets").Element("tfoot")!), Does.StartWith("Gesamt (5 Projekte)"));
        var selected = page.All("select").Single(s => (string?)s.Attribute("name") == "programm")
            .Elements("option").Single(o => o.Attribute("selected") is not null);
        Assert.That(selected.Attribute("value")!.Value, Is.EqualTo("ST-NRW"));
    }

    [Test]
    public async Task Overview_FunderAndRegion_BothMustHold()
    {
        var page = await _site.GetPage("/?mittelgeber=Land&region=Dortmund&stichtag=2019-03-26");

        Assert.That(ProjectIds(page), Is.EqualTo(new[] { "SCLA-DO" }));
        Assert.That(HtmlPage.Text(page.All("p").Single(p => (string?)p.Attribute("class") == "lead")),
            Does.StartWith("Mittelgeber Land, Region Dortmund · Stichtag 26.03.2019"));
    }

    [Test]
    public async Task Overview_RecipientFilter_IgnoresCase()
    {
        var page = await _site.GetPage("/?empfaenger=jobcenter%20k%C3%B6ln&stichtag=2019-03-26");

        Assert.That(ProjectIds(page), Is.EqualTo(new[] { "ST-K" }));
    }

    [Test]
    public async Task Overview_FilterWithoutProjects_SaysSoWithoutATable()
    {
        var page = await _site.GetPage("/?mittelgeber=Bund");

        Assert.That(page.WithAttribute("data-table", "targets"), Is.Empty);
        Assert.That(page.Source, Does.Contain(Reporting.Web.WebMessages.NoProjectsSelected));
    }

    [Test]
    public async Task Overview_FilterChoices_FromTheDatabase()
    {
        var page = await _site.GetPage("/");
        string[] Options(string name) => page.All("select").Single(s => (string?)s.Attribute("name") == name)
            .Elements("option").Select(o => o.Attribute("value")!.Value).ToArray();

        Assert.That(Options("programm"), Is.EqualTo(new[] { "", "MIL-NRW", "PA-KOM", "ST-NRW" }));
        Assert.That(Options("mittelgeber"), Is.EqualTo(new[] { "", "Kommune", "Land" }));
        Assert.That(Options("region"), Has.Length.EqualTo(8));
        Assert.That(Options("empfaenger"), Has.Length.EqualTo(8));
    }

    [TestCase("zielerreichung", false)]
    [TestCase("-zielerreichung", true)]
    [TestCase("mittelabfluss", false)]
    [TestCase("-prognose", true)]
    public async Task Overview_Sort_RowsInThatOrder(string sort, bool descending)
    {
        var page = await _site.GetPage($"/?stichtag=2019-03-26&sort={sort}");
        var rows = SampleData.Targets(SampleData.KeyDate).Rows;
        Func<TargetRow, decimal?> key = sort.TrimStart('-') switch
        {
            "zielerreichung" => r => r.Attainment,
            "mittelabfluss" => r => r.Utilisation,
            _ => r => r.ForecastAtEnd,
        };
        var expected = (descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).Select(r => r.ProjectId.Value);

        Assert.That(ProjectIds(page), Is.EqualTo(expected));
        var header = page.All("th").Single(t => t.Attribute("aria-sort") is not null);
        Assert.That(header.Attribute("aria-sort")!.Value, Is.EqualTo(descending ? "descending" : "ascending"));
    }

    [Test]
    public async Task Overview_SortLinks_KeepFiltersAndToggleTheDirection()
    {
        var page = await _site.GetPage("/?programm=ST-NRW&stichtag=2019-03-26&sort=zielerreichung");
        var links = page.Table("targets").Element("thead")!.Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();

        Assert.That(links, Does.Contain("/?programm=ST-NRW&stichtag=2019-03-26&sort=-zielerreichung"));
        Assert.That(links, Does.Contain("/?programm=ST-NRW&stichtag=2019-03-26&sort=prognose"));
        Assert.That(links, Does.Contain("/?programm=ST-NRW&stichtag=2019-03-26"), "status ascending is the default order");
    }

    [Test]
    public async Task Overview_ProjectLink_OpensThePageWithTheRowsFigures()
    {
        var overview = await _site.GetPage("/?stichtag=2019-03-26");
        var row = RowOf(overview, "OF-PC-2018");
        var href = row.Element.Descendants("a").First().Attribute("href")!.Value;

        var page = await _site.GetPage(href);

        Assert.That(href, Is.EqualTo("/projekte/OF-PC-2018?zeitraum=2018-01-01..2019-03-26&stichtag=2019-03-26"));
        Assert.That(page.Field("placements_cumulative"), Is.EqualTo(row.Cells[3]));
        Assert.That(page.Field("attainment"), Is.EqualTo(row.Cells[5]));
        Assert.That(page.Field("expected_by_now"), Is.EqualTo(row.Cells[6]));
        Assert.That(page.Field("forecast_at_end"), Is.EqualTo(row.Cells[7]));
        Assert.That(page.Field("utilisation"), Is.EqualTo(row.Cells[8]));
        Assert.That(page.Field("status"), Is.EqualTo(row.Cells[2]));
    }

    [Test]
    public async Task Overview_EndedProject_LinksToItsRuntime()
    {
        var overview = await _site.GetPage("/?stichtag=2019-03-26");

        var href = RowOf(overview, "ST-K").Element.Descendants("a").First().Attribute("href")!.Value;

        Assert.That(href, Is.EqualTo("/projekte/ST-K?zeitraum=runtime&stichtag=2019-03-26"));
    }

    [Test]
    public async Task Overview_Download_TheTargetsFormOfTheSelection()
    {
        var page = await _site.GetPage("/?programm=ST-NRW&stichtag=2019-03-26");

        var links = page.All("a").Where(a => (string?)a.Attribute("class") == "download").Select(a => a.Attribute("href")!.Value);

        Assert.That(links, Does.Contain("/berichte/targets?programm=ST-NRW&zeitraum=2019-03-26..2019-03-26&format=pdf&stichtag=2019-03-26"));
    }

    [TestCase("/?stichtag=gestern", "stichtag 'gestern' is not a date; use YYYY-MM-DD or DD.MM.YYYY")]
    [TestCase("/?stichtag=2019-02-30", "stichtag '2019-02-30' is not a date; use YYYY-MM-DD or DD.MM.YYYY")]
    [TestCase("/?sort=farbe", "sort 'farbe' is unknown")]
    public async Task Overview_BadParameter_400WithTheSentence(string path, string sentence)
    {
        var page = await _site.GetPage(path, HttpStatusCode.BadRequest);

        Assert.That(HtmlPage.Text(page.All("p").Single(p => (string?)p.Attribute("class") == "message")), Is.EqualTo(sentence));
    }

    [Test]
    public async Task Overview_GermanDateInLink_Understood()
    {
        var page = await _site.GetPage("/?stichtag=31.12.2018");

        Assert.That(page.InputValue("stichtag"), Is.EqualTo("2018-12-31"));
    }
}
