using System.Net;

namespace Reporting.Tests.Web;

/// <summary>Every response carries the security headers; no page holds a script, an inline style or an event handler.</summary>
public class SecurityHeaderTests
{
    private WebSite _site = null!;

    [OneTimeSetUp]
    public async Task Start() => _site = await WebSite.Start();

    [OneTimeTearDown]
    public async Task Stop() => await _site.DisposeAsync();

    private static readonly string[] Paths =
    [
        "/",
        "/?stichtag=2019-03-26&programm=ST-NRW",
        "/projekte/SCLA-DO?zeitraum=2018-Q3",
        "/projekte/SCLA-DO/diagramme/placements_over_time.svg",
        "/berichte/quarterly?projekt=SCLA-DO&zeitraum=2018-Q3&format=pdf",
        "/api/targets",
        "/api/projects/SCLA-DO/figures",
        "/static/site.css",
        "/static/favicon.svg",
        "/favicon.ico",
        "/projekte/NOPE",
        "/?stichtag=gestern",
        "/gibt-es-nicht",
    ];

    [TestCaseSource(nameof(Paths))]
    public async Task Response_AnyRoute_StrictSecurityHeaders(string path)
    {
        using var response = await _site.Get(path);
        string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : response.Content.Headers.GetValues(name));

        Assert.That(Header("Content-Security-Policy"),
            Is.EqualTo("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"));
        Assert.That(Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header("X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
        Assert.That(response.Headers.Contains("Server"), Is.False);
        Assert.That(response.Headers.CacheControl!.ToString(), Is.EqualTo(path.StartsWith("/static", StringComparison.Ordinal) ? "public, max-age=3600" : "no-store"));
    }

    [TestCase("/")]
    [TestCase("/projekte/SCLA-DO?zeitraum=2018-Q3")]
    [TestCase("/projekte/NOPE")]
    public async Task Page_Any_NoScriptNoInlineStyleNoEventHandler(string path)
    {
        var (_, body) = await _site.GetText(path);

        AssertClean(HtmlPage.Parse(body));
    }

    [Test]
    public async Task SignInPage_NoScriptNoInlineStyleNoEventHandler()
    {
        await using var site = await WebSite.Start(access: TestUsers.Access);

        AssertClean(await site.GetPage("/anmelden"));
    }

    private static void AssertClean(HtmlPage page)
    {
        Assert.That(page.Document.Descendants().Select(e => e.Name.LocalName), Has.None.EqualTo("script").And.None.EqualTo("style"));
        Assert.That(page.Document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName),
            Has.None.EqualTo("style").And.None.StartsWith("on"));
        Assert.That(page.All("link").Select(l => l.Attribute("href")!.Value), Is.EqualTo(new[] { "/static/site.css", "/static/favicon.svg" }));
    }

    [Test]
    public async Task Post_ToAPage_405BecauseTheSiteIsReadOnly()
    {
        using var response = await _site.Client.PostAsync(new Uri("/", UriKind.Relative), new StringContent("x"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task Post_ToTheApi_405AsJson()
    {
        using var response = await _site.Client.PostAsync(new Uri("/api/targets", UriKind.Relative), new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"error\":\"the API only reads: use GET\"}"));
    }

    [Test]
    public async Task Icon_OldAddress_MovedToTheSvg()
    {
        using var response = await _site.Get("/favicon.ico");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/static/favicon.svg"));
    }

    [Test]
    public async Task Stylesheet_HasAPrintStylesheet()
    {
        var (status, css) = await _site.GetText("/static/site.css");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(css, Does.Contain("@media print"));
    }

    [Test]
    public async Task Links_CarryNoFigures_OnlyIdsPeriodsDatesFiltersAndSort()
    {
        var page = await _site.GetPage("/projekte/SCLA-DO?zeitraum=2018-Q3&stichtag=2019-03-26");
        var overview = await _site.GetPage("/?stichtag=2019-03-26");
        var allowed = new HashSet<string> { "zeitraum", "stichtag", "format", "projekt", "programm", "mittelgeber", "region", "empfaenger", "alle", "veroeffentlichung", "sort" };

        var names = page.All("a").Concat(overview.All("a")).Concat(page.All("img"))
            .Select(e => (e.Attribute("href") ?? e.Attribute("src"))!.Value)
            .Where(u => u.Contains('?', StringComparison.Ordinal))
            .SelectMany(u => u[(u.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => p.Split('=')[0]))
            .ToHashSet();

        Assert.That(names, Is.SubsetOf(allowed));
    }
}
