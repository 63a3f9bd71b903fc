using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Web.Pages;
using UglyToad.PdfPig;

namespace Reporting.Tests.Web;

/// <summary>The site in a real browser: Debian's Chromium driven by Playwright (its driver ships in the package; the
/// browser is the system's, so nothing is downloaded) against the app on Kestrel at a free loopback port.</summary>
/// <remarks>Without Chromium the tests are skipped with the reason, unless FUNDREPORTS_REQUIRE_ALL=1 (CI), where they fail.</remarks>
[NonParallelizable]
public class BrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private WebSite _site = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _problems = [];

    [OneTimeSetUp]
    public async Task Launch()
    {
        var chromium = Environment.GetEnvironmentVariable("FUNDREPORTS_CHROMIUM") is { Length: > 0 } given ? given : ChromiumPath;
        if (!File.Exists(chromium))
        {
            var reason = $"Chromium not found at {chromium} (apt-get install chromium); the browser tests need it";
            if (Environment.GetEnvironmentVariable("FUNDREPORTS_REQUIRE_ALL") == "1")
            {
                Assert.Fail(reason + " and FUNDREPORTS_REQUIRE_ALL=1 requires them");
            }
            Assert.Ignore(reason);
        }
        _site = await WebSite.Start(kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [SetUp]
    public async Task NewPage()
    {
        _problems.Clear();
        _context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", AcceptDownloads = true });
        // The machines this runs on are shared and often busy: generous limits, so that slowness is not failure.
        _context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        _page = await _context.NewPageAsync();
        // A Content-Security-Policy violation, a failed request or a script error is reported on the console.
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _problems.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _problems.Add(error);
    }

    [TearDown]
    public async Task ClosePage()
    {
        await _context.CloseAsync();
        Assert.That(_problems, Is.Empty, "the browser reported no problem (CSP, failed loads, errors)");
    }

    private string Url(string path) => new Uri(_site.Address, path).ToString();

    private ILocator Rows => _page.Locator("table[data-table=targets] tbody tr");

    [Test]
    public async Task Overview_Open_EveryProjectWithItsStatusInColourAndWords()
    {
        await _page.GotoAsync(Url("/?stichtag=2019-03-26"));
        var engine = SampleData.Targets(SampleData.KeyDate);

        Assert.That(await _page.TitleAsync(), Is.EqualTo("Zielerreichung – FundingReports"));
        Assert.That(await Rows.CountAsync(), Is.EqualTo(engine.Rows.Count));
        for (var i = 0; i < engine.Rows.Count; i++)
        {
            var row = Rows.Nth(i);
            Assert.That(await row.GetAttributeAsync("data-project"), Is.EqualTo(engine.Rows[i].ProjectId.Value));
            var badge = row.Locator(".badge[data-status]");
            Assert.That(await badge.InnerTextAsync(), Is.EqualTo(GermanLabels.Of(engine.Rows[i].Status)));
            var colour = await badge.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
            Assert.That(colour, Is.Not.EqualTo("rgba(0, 0, 0, 0)"), "the stylesheet is applied under the CSP");
        }
        var atRisk = Rows.Filter(new LocatorFilterOptions { Has = _page.Locator("[data-status=at_risk]") }).First;
        Assert.That(await atRisk.Locator("td").Nth(4).InnerTextAsync(), Is.EqualTo(Show.Percent(engine.Rows.First(r => r.Status == TargetStatus.AtRisk).Attainment)));
        Assert.That(await _page.Locator("table[data-table=targets] tfoot").InnerTextAsync(), Does.Contain("Gesamt (7 Projekte)"));
    }

    [Test]
    public async Task Overview_FilterByProgramAndKeyDate_OnlyItsProjectsWithoutScript()
    {
        await _page.GotoAsync(Url("/"));

        await _page.SelectOptionAsync("select[name=programm]", "ST-NRW");
        await _page.FillAsync("input[name=stichtag]", "2018-06-30");
        await _page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex(@"programm=ST-NRW.*stichtag=2018-06-30"));

        var expected = SampleData.Targets(new DateOnly(2018, 6, 30), new Core.Reports.ReportScope(Core.Reports.ScopeKind.Program, "ST-NRW"));
        await Assertions.Expect(Rows).ToHaveCountAsync(5);
        var ids = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Rows.Nth(i).GetAttributeAsync("data-project"));
        }
        Assert.That(ids, Is.EqualTo(expected.Rows.Select(r => r.ProjectId.Value)));
        Assert.That(await _page.Locator("p.lead").InnerTextAsync(), Does.StartWith("Programm ST-NRW · Stichtag 30.06.2018"));
    }

    [Test]
    public async Task Overview_SortByAttainment_ClickTheHeader()
    {
        await _page.GotoAsync(Url("/?stichtag=2019-03-26"));

        await _page.ClickAsync("th >> text=Zielerreichung");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("sort=zielerreichung"));

        var first = SampleData.Targets(SampleData.KeyDate).Rows.OrderBy(r => r.Attainment).First();
        Assert.That(await Rows.First.GetAttributeAsync("data-project"), Is.EqualTo(first.ProjectId.Value));
    }

    [Test]
    public async Task ProjectLink_Follow_ProjectPageWithBothChartsDrawn()
    {
        await _page.GotoAsync(Url("/?stichtag=2019-03-26"));

        await _page.ClickAsync("table[data-table=targets] a:text-is('SCLA-DO')");
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/projekte/SCLA-DO\\?"));

        Assert.That(await _page.Locator("h1").InnerTextAsync(), Is.EqualTo("SCLA-DO – Service Center lokale Arbeit (SCLA)"));
        Assert.That(await _page.Locator("[data-field=placements_cumulative] dd").InnerTextAsync(), Is.EqualTo("151"));
        var images = _page.Locator("figure.chart img");
        Assert.That(await images.CountAsync(), Is.EqualTo(2));
        for (var i = 0; i < 2; i++)
        {
            await images.Nth(i).ScrollIntoViewIfNeededAsync();
            var width = await images.Nth(i).EvaluateAsync<int>("i => i.complete ? i.naturalWidth : -1");
            Assert.That(width, Is.EqualTo(ProjectPage.ChartWidth), "the SVG chart loaded");
        }
    }

    [Test]
    public async Task ProjectPage_DownloadThePdf_TheFiguresOfReport()
    {
        await _page.GotoAsync(Url("/projekte/SCLA-DO?zeitraum=2018-Q3"));

        var download = await _page.RunAndWaitForDownloadAsync(() =>
            _page.Locator("a[data-form=quarterly][data-format=pdf]").First.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"fr-browser-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var folder = Directory.CreateTempSubdirectory("fr-browser-cli-").FullName;
        try
        {
            var (_, output, _) = SampleCli.Run("report", "quarterly", "--project", "SCLA-DO", "--period", "2018-Q3", "--format", "pdf", "--out", folder);
            using var browser = PdfDocument.Open(path);
            using var cli = PdfDocument.Open(output.Trim());
            var text = string.Concat(browser.GetPages().Select(p => p.Text));

            Assert.That(download.SuggestedFilename, Is.EqualTo("quartalsbericht_SCLA-DO_2018-Q3.pdf"));
            Assert.That(browser.GetPages().Select(p => p.Text), Is.EqualTo(cli.GetPages().Select(p => p.Text)));
            Assert.That(text, Does.Contain("Seite 1 von").And.Contain("Quartalsbericht"));
            Assert.That(text, Does.Contain("5.800.000,00 €"), "the grant, in German style");
            Assert.That(text, Does.Contain("2.245.205,38 €"), "spent cumulative to 30.09.2018, as figures computes it");
        }
        finally
        {
            File.Delete(path);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Print_ProjectPage_FormsAndDownloadsLeftOut()
    {
        await _page.GotoAsync(Url("/projekte/ST-K?zeitraum=runtime"));

        await _page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.That(await _page.Locator("form.filters").IsVisibleAsync(), Is.False);
        Assert.That(await _page.Locator("section.downloads").IsVisibleAsync(), Is.False);
        Assert.That(await _page.Locator("table[data-table=breakdowns]").IsVisibleAsync(), Is.True);
    }
}
