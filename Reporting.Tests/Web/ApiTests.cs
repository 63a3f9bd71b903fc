using System.Net;
using System.Text;
using System.Text.Json;

namespace Reporting.Tests.Web;

/// <summary><c>/api/targets</c> and <c>/api/projects/{id}/figures</c> give exactly the bytes of <c>targets --format json</c>
/// and <c>figures --format json</c> for the same arguments.</summary>
public class ApiTests
{
    private WebSite _site = null!;
    private WebSite _published = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = await WebSite.Start();
        _published = await WebSite.Start(publish: true);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _site.DisposeAsync();
        await _published.DisposeAsync();
    }

    private static async Task<byte[]> Bytes(WebSite site, string path)
    {
        using var response = await site.Get(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Cli(params string[] args)
    {
        var (code, output, error) = SampleCli.Run(args);
        Assert.That((code, error), Is.EqualTo((0, "")), string.Join(" ", args));
        return Encoding.UTF8.GetBytes(output);
    }

    [TestCase("", new string[0])]
    [TestCase("?as_of=2019-03-26", new[] { "--as-of", "2019-03-26" })]
    [TestCase("?as_of=31.12.2018&program=ST-NRW", new[] { "--as-of", "31.12.2018", "--program", "ST-NRW" })]
    [TestCase("?funder=Land&as_of=2018-06-30", new[] { "--funder", "Land", "--as-of", "2018-06-30" })]
    [TestCase("?region=kreis%20unna", new[] { "--region", "kreis unna" })]
    [TestCase("?recipient=Jobcenter%20Hagen", new[] { "--recipient", "Jobcenter Hagen" })]
    [TestCase("?project=OF-PC-2018&as_of=2019-03-26", new[] { "--project", "OF-PC-2018", "--as-of", "2019-03-26" })]
    public async Task Targets_SameArguments_TheBytesOfTheCli(string query, string[] args)
    {
        var web = await Bytes(_site, "/api/targets" + query);

        Assert.That(web, Is.EqualTo(Cli(["targets", "--format", "json", .. args])));
        Assert.That(JsonDocument.Parse(web).RootElement.GetProperty("projects").GetArrayLength(), Is.GreaterThan(0));
    }

    [TestCase("SCLA-DO", "", new string[0])]
    [TestCase("SCLA-DO", "?period=2018-Q3", new[] { "--period", "2018-Q3" })]
    [TestCase("ST-UN", "?period=2018&as_of=2019-03-26", new[] { "--period", "2018", "--as-of", "2019-03-26" })]
    [TestCase("OF-PC-2018", "?period=01.01.2018..30.06.2018", new[] { "--period", "01.01.2018..30.06.2018" })]
    [TestCase("OF-PC-2018", "?period=last-quarter", new[] { "--period", "last-quarter" })]
    public async Task Figures_SameArguments_TheBytesOfTheCli(string id, string query, string[] args)
    {
        var web = await Bytes(_site, $"/api/projects/{id}/figures{query}");

        Assert.That(web, Is.EqualTo(Cli(["figures", "--project", id, "--format", "json", .. args])));
    }

    [Test]
    public async Task Figures_PublishedSite_TheBytesOfFiguresPublish()
    {
        var web = await Bytes(_published, "/api/projects/ST-UN/figures?period=runtime");

        Assert.That(web, Is.EqualTo(Cli("figures", "--project", "ST-UN", "--period", "runtime", "--format", "json", "--publish")));
        Assert.That(JsonDocument.Parse(web).RootElement.GetProperty("published").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Targets_PublishedSite_TheSameBytes()
    {
        Assert.That(await Bytes(_published, "/api/targets?as_of=2019-03-26"), Is.EqualTo(Cli("targets", "--format", "json", "--as-of", "2019-03-26")));
    }

    private static async Task<(HttpStatusCode Status, string Error)> Error(WebSite site, string path)
    {
        using var response = await site.Get(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("error").GetString()!);
    }

    [TestCase("2018-Q5")]
    [TestCase("2030")]
    public async Task Figures_PeriodTheCliRefuses_400WithTheCliSentence(string period)
    {
        var (_, _, error) = SampleCli.Run("figures", "--project", "SCLA-DO", "--period", period);

        Assert.That(await Error(_site, $"/api/projects/SCLA-DO/figures?period={period}"), Is.EqualTo((HttpStatusCode.BadRequest, SampleCli.Sentence(error))));
    }

    [Test]
    public async Task Figures_UnknownProject_404WithTheCliSentence()
    {
        var (_, _, error) = SampleCli.Run("figures", "--project", "NOPE");

        Assert.That(await Error(_site, "/api/projects/NOPE/figures"), Is.EqualTo((HttpStatusCode.NotFound, SampleCli.Sentence(error))));
    }

    [Test]
    public async Task Targets_EmptyScope_404WithTheCliSentence()
    {
        var (_, _, error) = SampleCli.Run("targets", "--funder", "Bund");

        Assert.That(await Error(_site, "/api/targets?funder=Bund"), Is.EqualTo((HttpStatusCode.NotFound, SampleCli.Sentence(error))));
    }

    [Test]
    public async Task Targets_TwoScopes_400()
    {
        Assert.That(await Error(_site, "/api/targets?program=ST-NRW&region=Hagen"),
            Is.EqualTo((HttpStatusCode.BadRequest, "give at most one of project, program, funder, recipient, region")));
    }

    [Test]
    public async Task Targets_AsOfNotADate_400()
    {
        Assert.That(await Error(_site, "/api/targets?as_of=gestern"),
            Is.EqualTo((HttpStatusCode.BadRequest, "as_of 'gestern' is not a date; use YYYY-MM-DD or DD.MM.YYYY")));
    }

    [Test]
    public async Task Api_UnknownPath_404AsJson()
    {
        Assert.That((await Error(_site, "/api/nichts")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
