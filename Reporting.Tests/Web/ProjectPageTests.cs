using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Forms.Rendering;
using Reporting.Web.Pages;

namespace Reporting.Tests.Web;

/// <summary><c>/projekte/{id}</c>: the figures of <c>figures</c> under the Quartalsbericht's labels, the charts, the
/// deadlines and the downloads.</summary>
public class ProjectPageTests
{
    private WebSite _site = null!;

    [OneTimeSetUp]
    public async Task Start() => _site = await WebSite.Start();

    [OneTimeTearDown]
    public async Task Stop() => await _site.DisposeAsync();

    private static ProjectFigures Engine(string id, ReportingPeriod period, DateOnly today) =>
        FigureCalculator.Compute(SampleData.Project(id), period, new FigureOptions(Today: today));

    [Test]
    public void Page_FieldsTablesAndCharts_AllNamedInTheQuartalsberichtCatalog()
    {
        var catalog = QuarterlyReport.Catalog;

        Assert.That(ProjectPage.FieldNames.Where(f => catalog.Field(f) is null), Is.Empty);
        Assert.That(ProjectPage.TableNames, Is.EquivalentTo(catalog.Tables.Select(t => t.Name).Except(["corrections", "correction_effects"])),
            "every table of the form but the corrections to closed periods, which the downloaded forms list");
        Assert.That(ProjectPage.ChartNames, Is.EquivalentTo(catalog.Charts.Select(c => c.Name)), "both charts");
        Assert.That(catalog.Fields.Select(f => f.Name).Except(ProjectPage.FieldNames), Is.EquivalentTo(new[] { "start_date", "end_date", "period_from", "period_to" }),
            "only the dates already shown in runtime and period are left out");
    }

    [Test]
    public async Task Page_Fields_TheFormsLabelsAndTheEnginesValues()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=2018-Q3");
        var figures = Engine("SCLA-DO", ReportingPeriod.Quarter(2018, 3), SampleData.KeyDate);
        var form = QuarterlyReport.Evaluate(new QuarterlyInput(SampleData.Project("SCLA-DO"), figures, new FigureOptions(Today: SampleData.KeyDate)), new HashSet<string>());

        foreach (var name in ProjectPage.FieldNames.Distinct())
        {
            foreach (var field in page.WithAttribute("data-field", name))
            {
                Assert.That(HtmlPage.Text(field.Element("dt")!), Is.EqualTo(QuarterlyReport.Catalog.Field(name)!.Label), name);
                Assert.That(HtmlPage.Text(field.Element("dd")!), Is.EqualTo(FormText.Format(form.Fields[name])), name);
            }
        }
        Assert.That(page.Title, Is.EqualTo("SCLA-DO – Service Center lokale Arbeit (SCLA)"));
    }

    [Test]
    public async Task Page_Figures_EveryValueOfTheFiguresCommand()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=2018-Q3");
        var (code, output, _) = SampleCli.Run("figures", "--project", "SCLA-DO", "--period", "2018-Q3", "--format", "json");
        var json = JsonDocument.Parse(output).RootElement;
        string Euro(JsonElement e) => Show.Euro(Money.Euros(e.GetDecimal()));

        Assert.That(code, Is.Zero);
        var p = json.GetProperty("participants");
        Assert.That(page.Field("entries"), Is.EqualTo(Show.Count(p.GetProperty("entries").GetInt32())));
        Assert.That(page.Field("entries_cumulative"), Is.EqualTo(Show.Count(p.GetProperty("entries_cumulative").GetInt32())));
        Assert.That(page.Field("active_at_end"), Is.EqualTo(Show.Count(p.GetProperty("active_at_end").GetInt32())));
        Assert.That(page.Field("exits"), Is.EqualTo(Show.Count(p.GetProperty("exits").GetInt32())));
        var exits = HtmlPage.BodyRows(page.Table("exits_by_reason"));
        foreach (var reason in p.GetProperty("exits_by_reason").EnumerateObject())
        {
            Assert.That(exits.Single(r => r[0] == GermanLabels.ExitReason(reason.Name))[1], Is.EqualTo(Show.Count(reason.Value.GetInt32())));
        }
        var pl = json.GetProperty("placements");
        Assert.That(page.Field("placements"), Is.EqualTo(Show.Count(pl.GetProperty("placements").GetInt32())));
        Assert.That(page.Field("placements_cumulative"), Is.EqualTo(Show.Count(pl.GetProperty("placements_cumulative").GetInt32())));
        Assert.That(page.Field("attainment"), Is.EqualTo(Show.Percent(pl.GetProperty("attainment").GetDecimal())));
        Assert.That(page.Field("sustained"), Is.EqualTo(Show.Count(pl.GetProperty("sustained").GetInt32())));
        var kinds = HtmlPage.BodyRows(page.Table("placements_by_kind"));
        Assert.That(kinds, Has.Count.EqualTo(pl.GetProperty("by_kind").EnumerateObject().Count()));
        var f = json.GetProperty("funding");
        foreach (var key in new[] { "grant", "total_budget", "spent", "spent_cumulative", "remaining", "disbursed_cumulative", "overhang" })
        {
            Assert.That(page.Field(key), Is.EqualTo(Euro(f.GetProperty(key))), key);
        }
        Assert.That(page.Field("utilisation"), Is.EqualTo(Show.Percent(f.GetProperty("utilisation").GetDecimal())));
        var categories = HtmlPage.BodyRows(page.Table("cost_categories"));
        Assert.That(categories, Has.Count.EqualTo(f.GetProperty("cost_categories").GetArrayLength() + 1), "each category and the total");
        Assert.That(HtmlPage.BodyRows(page.Table("deadlines")), Has.Count.EqualTo(json.GetProperty("deadlines").GetArrayLength()));
    }

    [Test]
    public async Task Page_Breakdowns_EveryCellOfTheEngine()
    {
        var page = await _site.GetPage("/projekte/ST-UN?zeitraum=runtime");
        var figures = Engine("ST-UN", ReportingPeriod.Runtime(SampleData.Project("ST-UN").Project.Runtime), SampleData.KeyDate);

        var rows = HtmlPage.BodyRows(page.Table("breakdowns"));

        var expected = figures.Breakdowns.SelectMany(t =>
            Enumerable.Range(0, t.RowKeys.Count).Select(r => (IReadOnlyList<string>)
                [GermanLabels.Dimension(t.Name), GermanLabels.BreakdownValue(t.Name, t.RowKeys[r]), .. Enumerable.Range(0, t.ColumnKeys.Count).Select(c => Show.Count(t[r, c]))])
            .Append([GermanLabels.Dimension(t.Name), "insgesamt", .. t.ColumnTotals!.Select(n => Show.Count(n))]));
        Assert.That(rows, Is.EqualTo(expected));
        Assert.That(rows.SelectMany(r => r.Skip(2)), Does.Contain("1").Or.Contain("2"), "the internal view shows small counts");
    }

    [Test]
    public async Task Page_Deadlines_AllWithTheirStatusOnTheKeyDate()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=runtime&stichtag=2019-04-15");
        var runtime = SampleData.Project("SCLA-DO").Project.Runtime;
        var deadlines = Engine("SCLA-DO", ReportingPeriod.Runtime(runtime), new DateOnly(2019, 4, 15)).Deadlines;

        Assert.That(HtmlPage.BodyRows(page.Table("deadlines")),
            Is.EqualTo(deadlines.Select(d => new[] { GermanLabels.Of(d.Kind, d.BudgetYear), Show.Date(d.Due), GermanLabels.Of(d.Status) })));
        Assert.That(HtmlPage.BodyRows(page.Table("deadlines"))[1], Is.EqualTo(new[] { "Zwischennachweis 2018", "30.04.2019", "fällig in ≤ 30 Tagen" }));
    }

    [Test]
    public async Task Page_Charts_ImageOfEachAndItsValues()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=2018-Q3&stichtag=2019-03-26");

        var images = page.All("img").Select(i => i.Attribute("src")!.Value).ToList();

        Assert.That(images, Is.EqualTo(new[]
        {
            "/projekte/SCLA-DO/diagramme/placements_over_time.svg?zeitraum=2018-Q3&stichtag=2019-03-26",
            "/projekte/SCLA-DO/diagramme/spending_by_category.svg?zeitraum=2018-Q3&stichtag=2019-03-26",
        }));
        var placements = page.WithAttribute("data-chart", "placements_over_time").Single();
        var values = HtmlPage.BodyRows(placements.Descendants("table").Single());
        Assert.That(values.Single(v => v[0] == "30.09.2018"), Is.EqualTo(new[] { "30.09.2018", "94", "116,8", "–" }),
            "the last point of placements and expected path is the period's end");
        Assert.That(values[^1], Is.EqualTo(new[] { "30.09.2019", "–", "–", "210" }), "the target line runs to the project's end");
        Assert.That(page.All("img").Select(i => i.Attribute("alt")!.Value), Has.All.StartWith("Diagramm: "));
    }

    [TestCase("placements_over_time", "Vermittlungen kumuliert")]
    [TestCase("spending_by_category", "ausgegeben (kumuliert)")]
    public async Task Chart_Svg_DrawnWithTheFormsSeries(string chart, string legend)
    {
        using var response = await _site.Get($"/projekte/SCLA-DO/diagramme/{chart}.svg?zeitraum=2018-Q3");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.That(texts, Does.Contain(legend));
        Assert.That(svg.Descendants().Where(e => e.Name.LocalName is "script" or "style"), Is.Empty);
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
    }

    [Test]
    public async Task Chart_RequestedTwice_SameBytes()
    {
        var (_, first) = await _site.GetText("/projekte/ST-K/diagramme/placements_over_time.svg?zeitraum=runtime");
        var (_, second) = await _site.GetText("/projekte/ST-K/diagramme/placements_over_time.svg?zeitraum=runtime");

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task Chart_Unknown_404()
    {
        using var response = await _site.Get("/projekte/SCLA-DO/diagramme/torte.svg");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Page_UnknownProject_404Page()
    {
        var page = await _site.GetPage("/projekte/GIBT-ES-NICHT", HttpStatusCode.NotFound);

        Assert.That(page.Title, Is.EqualTo("Projekt nicht gefunden"));
        Assert.That(page.Source, Does.Contain("Das Projekt „GIBT-ES-NICHT“ ist nicht in der Datenbank."));
    }

    [TestCase("2018-Q5")]
    [TestCase("Sommer")]
    [TestCase("2018-07-01..2018-06-30")]
    [TestCase("2030")]
    public async Task Page_PeriodTheCliRefuses_400WithTheCliSentence(string period)
    {
        var (code, _, error) = SampleCli.Run("figures", "--project", "SCLA-DO", "--period", period);

        var page = await _site.GetPage($"/projekte/SCLA-DO?zeitraum={Uri.EscapeDataString(period)}", HttpStatusCode.BadRequest);

        Assert.That(code, Is.EqualTo(Reporting.Cli.ExitCodes.Usage));
        Assert.That(HtmlPage.Text(page.All("p").Single(p => (string?)p.Attribute("class") == "message")), Is.EqualTo(SampleCli.Sentence(error)));
    }

    [Test]
    public async Task Page_Downloads_EveryFormInEveryFormatInternalAndPublished()
    {
        var page = await _site.GetPage("/projekte/ST-K?zeitraum=2018");

        var links = page.Table("downloads").Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();

        Assert.That(links, Has.Count.EqualTo(4 * 4 * 2));
        Assert.That(links, Does.Contain("/berichte/quarterly?projekt=ST-K&zeitraum=2018&format=pdf"));
        Assert.That(links, Does.Contain("/berichte/proof?projekt=ST-K&zeitraum=2018&format=xlsx&veroeffentlichung=ja"));
        Assert.That(links, Does.Contain("/berichte/monthly?projekt=ST-K&zeitraum=2018&format=csv"));
        Assert.That(links, Does.Contain("/berichte/targets?projekt=ST-K&zeitraum=2018&format=json"));
    }

    [Test]
    public async Task Page_PeriodPicker_RuntimeYearsAndQuartersOfTheProject()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=2018-Q3");

        var options = page.All("select").Single().Elements("option").ToList();

        Assert.That(options.Select(o => o.Attribute("value")!.Value), Is.EqualTo(new[]
        {
            "runtime", "2017", "2017-Q3", "2017-Q4", "2018", "2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019", "2019-Q1", "2019-Q2", "2019-Q3",
        }));
        Assert.That(options.Single(o => o.Attribute("selected") is not null).Attribute("value")!.Value, Is.EqualTo("2018-Q3"));
    }

    [Test]
    public async Task Page_NoPeriod_TheRuntime()
    {
        var page = await _site.GetPage("/projekte/ST-K");

        Assert.That(page.Field("period"), Is.EqualTo("Projektlaufzeit (01.01.2017 – 31.12.2018)"));
    }
}
