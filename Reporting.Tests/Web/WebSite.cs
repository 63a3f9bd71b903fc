using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Reporting.Tests.Support;
using Reporting.Web;
using Reporting.Web.Access;

namespace Reporting.Tests.Web;

/// <summary>The web app of <c>serve</c> on the sample database, in-process: on a test server (default) or on Kestrel
/// at a free loopback port (for the browser). The client keeps cookies and does not follow redirects.</summary>
internal sealed class WebSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebSite(WebApplication app, ServeOptions options, TestClock clock, HttpClient client)
    {
        _app = app;
        Options = options;
        Clock = clock;
        Client = client;
    }

    public ServeOptions Options { get; }

    public TestClock Clock { get; }

    public HttpClient Client { get; }

    /// <summary>Where Kestrel listens (only with <c>kestrel: true</c>).</summary>
    public Uri Address => Client.BaseAddress!;

    public static async Task<WebSite> Start(bool publish = false, AccessFile? access = null, bool kestrel = false, string? database = null)
    {
        var clock = new TestClock(WebSamples.Now);
        var options = new ServeOptions(database ?? WebSamples.Database, [kestrel ? "http://127.0.0.1:0" : ListenUrls.Default], publish, access,
            RepoPaths.Templates, null, clock);
        var app = ServeHost.Build(options, builder =>
        {
            builder.Logging.ClearProviders();
            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        var client = kestrel
            ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.Urls.First()) }
            : new HttpClient(new CookieContainerHandler { InnerHandler = app.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost/") };
        return new WebSite(app, options, clock, client);
    }

    public Task<HttpResponseMessage> Get(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<(HttpStatusCode Status, string Body)> GetText(string path)
    {
        using var response = await Get(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<HtmlPage> GetPage(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, body) = await GetText(path);
        Assert.That(status, Is.EqualTo(expected), $"GET {path}");
        return HtmlPage.Parse(body);
    }

    /// <summary>Posts the sign-in form as a browser would: first the form (for its anti-forgery token), then the post.</summary>
    public async Task<HttpResponseMessage> SignIn(string user, string password, string? returnUrl = null)
    {
        var form = await GetPage("/anmelden");
        var fields = new Dictionary<string, string>
        {
            ["formular"] = form.InputValue("formular"),
            ["ziel"] = returnUrl ?? form.InputValue("ziel"),
            ["benutzer"] = user,
            ["passwort"] = password,
        };
        return await Client.PostAsync(new Uri("/anmelden", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public async Task SignedIn(string user)
    {
        using var response = await SignIn(user, TestUsers.Password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in of {user}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
