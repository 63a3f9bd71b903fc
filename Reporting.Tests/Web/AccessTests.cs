using System.Net;
using UglyToad.PdfPig;

namespace Reporting.Tests.Web;

/// <summary>Sign-in against the access file, the two roles, throttling and sign-out.</summary>
public class AccessTests
{
    private WebSite _site = null!;

    [SetUp]
    public async Task Start() => _site = await WebSite.Start(access: TestUsers.Access);

    [TearDown]
    public async Task Stop() => await _site.DisposeAsync();

    [TestCase("/")]
    [TestCase("/projekte/SCLA-DO?zeitraum=2018-Q3")]
    [TestCase("/berichte/quarterly?projekt=SCLA-DO&zeitraum=2018-Q3&format=pdf")]
    [TestCase("/projekte/SCLA-DO/diagramme/placements_over_time.svg")]
    public async Task Page_NotSignedIn_GoesToTheSignInFormAndBack(string path)
    {
        using var response = await _site.Get(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.PathAndQuery, Is.EqualTo("/anmelden?ziel=" + Uri.EscapeDataString(path)));
    }

    [TestCase("/api/targets")]
    [TestCase("/api/projects/SCLA-DO/figures")]
    public async Task Api_NotSignedIn_401(string path)
    {
        using var response = await _site.Get(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Stylesheet_NotSignedIn_Served()
    {
        using var response = await _site.Get("/static/site.css");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SignIn_RightPassword_BackToTheAskedPageAsThatUser()
    {
        using var response = await _site.SignIn(TestUsers.InternalName, TestUsers.Password, "/projekte/ST-K");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/projekte/ST-K"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fundingreports=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        var page = await _site.GetPage("/projekte/ST-K");
        Assert.That(page.Source, Does.Contain("anna (intern)"));
    }

    [TestCase("//example.org/")]
    [TestCase("https://example.org/")]
    [TestCase("/\\example.org")]
    public async Task SignIn_ReturnAddressElsewhere_GoesToTheOverview(string elsewhere)
    {
        using var response = await _site.SignIn(TestUsers.InternalName, TestUsers.Password, elsewhere);

        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/"));
    }

    [TestCase(TestUsers.InternalName, "falsch")]
    [TestCase("niemand", TestUsers.Password)]
    public async Task SignIn_WrongPasswordOrUser_401WithTheSameSentence(string user, string password)
    {
        using var response = await _site.SignIn(user, password);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(HtmlPage.Text(page.All("p").Single(p => (string?)p.Attribute("role") == "alert")), Is.EqualTo("Benutzername oder Passwort ist falsch."));
        using var after = await _site.Get("/");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "still not signed in");
    }

    [Test]
    public async Task SignIn_FiveFailures_RefusedForFifteenMinutesEvenWithTheRightPassword()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _site.SignIn(TestUsers.InternalName, "falsch" + i)).Dispose();
        }

        using var refused = await _site.SignIn(TestUsers.InternalName, TestUsers.Password);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter!.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Zu viele fehlgeschlagene Anmeldungen. Bitte in 15 Minute(n) erneut versuchen."));

        _site.Clock.Advance(TimeSpan.FromMinutes(15));
        using var later = await _site.SignIn(TestUsers.InternalName, TestUsers.Password);
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task SignIn_WithoutTheFormToken_400()
    {
        using var response = await _site.Client.PostAsync(new Uri("/anmelden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["benutzer"] = TestUsers.InternalName,
            ["passwort"] = TestUsers.Password,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task SignOut_WithTheFormToken_EndsTheSession()
    {
        await _site.SignedIn(TestUsers.InternalName);
        var page = await _site.GetPage("/");

        using var response = await _site.Client.PostAsync(new Uri("/abmelden", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["formular"] = page.InputValue("formular") }));

        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/anmelden"));
        using var after = await _site.Get("/");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task SignOut_WithoutTheFormToken_RefusedAndStillSignedIn()
    {
        await _site.SignedIn(TestUsers.InternalName);

        using var response = await _site.Client.PostAsync(new Uri("/abmelden", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await _site.Get("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static IEnumerable<string> SmallCountCells(HtmlPage page) =>
        new[] { "breakdowns", "exits_by_reason" }
            .SelectMany(t => page.Table(t).Element("tbody")!.Elements("tr"))
            .Where(r => r.Attribute("class") is null)
            .SelectMany(r => r.Elements("td").Where(c => c.Attribute("class")?.Value.Contains("num", StringComparison.Ordinal) == true))
            .Select(HtmlPage.Text);

    [Test]
    public async Task Internal_ProjectPage_ShowsSmallCounts()
    {
        await _site.SignedIn(TestUsers.InternalName);

        var page = await _site.GetPage("/projekte/ST-HA?zeitraum=runtime");

        Assert.That(SmallCountCells(page), Does.Contain("1").Or.Contain("2"));
    }

    [Test]
    public async Task Published_EveryProjectAndPeriod_NoBreakdownCountOfOneOrTwo()
    {
        await _site.SignedIn(TestUsers.PublishedName);
        var periods = new[] { "runtime", "2017", "2018", "2018-Q1", "2018-Q4", "2019-Q1" };
        var seen = 0;
        var suppressed = 0;

        foreach (var project in SampleData.Load().Projects)
        {
            foreach (var period in periods)
            {
                var (status, body) = await _site.GetText($"/projekte/{project.Project.Id}?zeitraum={period}");
                if (status == HttpStatusCode.BadRequest)
                {
                    continue;   // the period lies outside this project's runtime
                }
                var page = HtmlPage.Parse(body);
                var cells = SmallCountCells(page).ToList();
                Assert.That(cells, Has.None.EqualTo("1").And.None.EqualTo("2"), $"{project.Project.Id} {period}");
                Assert.That(page.Source, Does.Contain("Ansicht zur Veröffentlichung"));
                seen += cells.Count;
                suppressed += cells.Count(c => c == "*");
            }
        }
        Assert.That(seen, Is.GreaterThan(500), "many cells looked at");
        Assert.That(suppressed, Is.GreaterThan(20), "and some of them hidden");
    }

    [Test]
    public async Task Published_Downloads_OnlyPublishedOnesOffered()
    {
        await _site.SignedIn(TestUsers.PublishedName);

        var page = await _site.GetPage("/projekte/ST-HA?zeitraum=2018");
        var links = page.Table("downloads").Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();

        Assert.That(links, Has.Count.EqualTo(16));
        Assert.That(links, Has.All.Contain("veroeffentlichung=ja"));
    }

    [Test]
    public async Task Published_DownloadAskedAsInternal_IsThePublishedFile()
    {
        await _site.SignedIn(TestUsers.PublishedName);
        var folder = Directory.CreateTempSubdirectory("fr-web-cli-").FullName;
        try
        {
            using var response = await _site.Get("/berichte/quarterly?projekt=ST-HA&zeitraum=runtime&format=pdf");
            var (_, output, _) = SampleCli.Run("report", "quarterly", "--project", "ST-HA", "--period", "runtime", "--format", "pdf", "--publish", "--out", folder);

            using var web = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            using var cli = PdfDocument.Open(output.Trim());
            Assert.That(web.GetPages().Select(p => p.Text), Is.EqualTo(cli.GetPages().Select(p => p.Text)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Published_Api_FiguresArePublished()
    {
        await _site.SignedIn(TestUsers.PublishedName);

        var (status, body) = await _site.GetText("/api/projects/ST-HA/figures?period=runtime");
        var (_, cli, _) = SampleCli.Run("figures", "--project", "ST-HA", "--period", "runtime", "--format", "json", "--publish");

        Assert.That((status, body), Is.EqualTo((HttpStatusCode.OK, cli)));
    }

    [Test]
    public async Task PublishSite_NoSignIn_EveryoneSeesOnlyPublished()
    {
        await using var site = await WebSite.Start(publish: true);

        var page = await site.GetPage("/projekte/ST-HA?zeitraum=runtime");

        Assert.That(SmallCountCells(page), Has.None.EqualTo("1").And.None.EqualTo("2"));
        Assert.That(page.Table("downloads").Descendants("a").Select(a => a.Attribute("href")!.Value), Has.All.Contain("veroeffentlichung=ja"));
    }
}
