using Reporting.Web;

namespace Reporting.Tests.Web;

public class ListenUrlsTests
{
    [TestCase("http://127.0.0.1:5080", true)]
    [TestCase("http://127.0.0.2:80", true)]
    [TestCase("http://localhost:5080", true)]
    [TestCase("http://[::1]:5080", true)]
    [TestCase("https://127.0.0.1:5443", true)]
    [TestCase("http://0.0.0.0:5080", false)]
    [TestCase("http://*:5080", false)]
    [TestCase("http://+:5080", false)]
    [TestCase("http://[::]:5080", false)]
    [TestCase("http://192.168.1.10:5080", false)]
    [TestCase("http://reports.example.org:5080", false)]
    public void IsLoopback_Address_OnlyThisMachine(string url, bool loopback)
    {
        Assert.That(ListenUrls.IsLoopback(url), Is.EqualTo(loopback));
    }

    [Test]
    public void Parse_Empty_IsTheDefault()
    {
        Assert.That(ListenUrls.Parse(null).Value, Is.EqualTo(new[] { "http://127.0.0.1:5080" }));
    }

    [Test]
    public void Parse_Several_SplitAtSemicolons()
    {
        Assert.That(ListenUrls.Parse("http://127.0.0.1:5080; http://[::1]:5080").Value,
            Is.EqualTo(new[] { "http://127.0.0.1:5080", "http://[::1]:5080" }));
    }

    [TestCase("127.0.0.1:5080")]
    [TestCase("ftp://127.0.0.1")]
    [TestCase("http://127.0.0.1:port")]
    [TestCase("http://")]
    public void Parse_NotAnHttpAddress_SaysSo(string text)
    {
        var result = ListenUrls.Parse(text);

        Assert.That(result.Error, Does.StartWith($"'{text}' is not an address to listen on"));
    }
}
