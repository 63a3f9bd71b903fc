using System.Net;
using System.Text.Json;

namespace Reporting.Tests.Web;

/// <summary>A database that cannot be read while the site runs: a 503 with the store's sentence, as the CLI says it.</summary>
public class StoreFailureTests
{
    private string _dir = "";
    private WebSite _site = null!;

    [SetUp]
    public async Task Start()
    {
        _dir = Directory.CreateTempSubdirectory("fr-web-store-").FullName;
        File.WriteAllBytes(Path.Combine(_dir, "leer.db"), []);
        _site = await WebSite.Start(database: Path.Combine(_dir, "leer.db"));
    }

    [TearDown]
    public async Task Stop()
    {
        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task Page_DatabaseNotInitialised_503WithTheStoresSentence()
    {
        var page = await _site.GetPage("/", HttpStatusCode.ServiceUnavailable);

        Assert.That(HtmlPage.Text(page.All("p").Single(p => (string?)p.Attribute("class") == "message")),
            Does.StartWith($"database '{Path.Combine(_dir, "leer.db")}' is not initialised"));
        Assert.That(page.Source, Does.Not.Contain(" at Reporting."), "no stack trace");
    }

    [Test]
    public async Task Api_DatabaseNotInitialised_503AsJson()
    {
        using var response = await _site.Get("/api/targets");
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error, Does.Contain("is not initialised; run 'fundingreports init"));
    }
}
