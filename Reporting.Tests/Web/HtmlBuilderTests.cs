using Reporting.Web.Html;

namespace Reporting.Tests.Web;

public class HtmlBuilderTests
{
    [Test]
    public void Text_MarkupInData_IsEncodedNotInterpreted()
    {
        var h = new HtmlBuilder();
        h.Element("td", "<script>alert('x')</script> & \"Träger\"");

        Assert.That(h.ToString(), Is.EqualTo("<td>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Träger&quot;</td>"));
    }

    [Test]
    public void Attribute_QuoteInValue_CannotEndTheAttribute()
    {
        var h = new HtmlBuilder();
        h.Void("input", ("name", "q"), ("value", "\" onfocus=\"alert(1)"));

        Assert.That(h.ToString(), Is.EqualTo("<input name=\"q\" value=\"&quot; onfocus=&quot;alert(1)\" />"));
    }

    [Test]
    public void Attribute_NullValue_IsLeftOut()
    {
        var h = new HtmlBuilder();
        h.Element("option", "alle", ("value", ""), ("selected", null));

        Assert.That(h.ToString(), Is.EqualTo("<option value=\"\">alle</option>"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("https://example.org/")]
    [TestCase("//example.org/")]
    [TestCase("/\\example.org")]
    [TestCase("data:text/html,x")]
    public void Link_NotOnThisSite_IsRefused(string url)
    {
        var h = new HtmlBuilder();

        Assert.That(() => h.Element("a", "x", ("href", url)), Throws.ArgumentException);
    }

    [TestCase("onclick")]
    [TestCase("style")]
    [TestCase("Href")]
    [TestCase("a b")]
    public void Attribute_EventHandlerStyleOrOddName_IsRefused(string name)
    {
        var h = new HtmlBuilder();

        Assert.That(() => h.Element("p", "x", (name, "y")), Throws.ArgumentException);
    }

    [Test]
    public void Tag_NotAPlainName_IsRefused()
    {
        var h = new HtmlBuilder();

        Assert.That(() => h.Open("script src=x"), Throws.ArgumentException);
    }

    [Test]
    public void Document_UnclosedElement_IsAnError()
    {
        var h = HtmlBuilder.Document();
        h.Open("body");

        Assert.That(() => h.ToString(), Throws.InvalidOperationException);
    }

    [Test]
    public void Document_Complete_IsWellFormedXml()
    {
        var h = HtmlBuilder.Document();
        using (h.Open("head"))
        {
            h.Void("meta", ("charset", "utf-8"));
        }
        using (h.Open("body"))
        {
            h.Element("p", "Zielerreichung < 90 % – „gefährdet“");
        }

        var page = HtmlPage.Parse(h.ToString());

        Assert.That(HtmlPage.Text(page.All("p").Single()), Is.EqualTo("Zielerreichung < 90 % – „gefährdet“"));
        Assert.That(page.Document.Root!.Attribute("lang")!.Value, Is.EqualTo("de"));
    }

    [Test]
    public void SiteUrl_QueryValues_ArePercentEncodedAndEmptyOnesLeftOut()
    {
        var url = SiteUrl.Of("/projekte/" + SiteUrl.Segment("A/B C"), ("zeitraum", "2018-01-01..2018-06-30"), ("stichtag", null), ("x", "&="));

        Assert.That(url, Is.EqualTo("/projekte/A%2FB%20C?zeitraum=2018-01-01..2018-06-30&x=%26%3D"));
    }
}
