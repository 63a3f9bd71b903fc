using Reporting.Core.Forms.Rendering;
using Reporting.Core.Text;

namespace Reporting.Tests.Text;

public class UnicodeTextTests
{
    // Lone surrogates cannot be attribute arguments (those are stored as UTF-8), so the cases are built here.
    private const char High = '\uD800';
    private const char Low = '\uDC00';

    [Test]
    public void WellFormed_LoneSurrogates_ReplacedPairsAndControlsKept()
    {
        Assert.That(UnicodeText.WellFormed("ok"), Is.EqualTo("ok"));
        Assert.That(UnicodeText.WellFormed($"a{High}b"), Is.EqualTo("a\uFFFDb"));
        Assert.That(UnicodeText.WellFormed($"{Low}"), Is.EqualTo("\uFFFD"));
        Assert.That(UnicodeText.WellFormed($"{Low}{High}"), Is.EqualTo("\uFFFD\uFFFD"), "a low before a high is no pair");
        Assert.That(UnicodeText.WellFormed("👩‍👩‍👧 \u001b"), Is.EqualTo("👩‍👩‍👧 \u001b"));
    }

    [TestCase("a\u001b[31mb", "a\uFFFD[31mb", TestName = "XmlSafe_Escape_Replaced")]
    [TestCase("nul\0", "nul\uFFFD", TestName = "XmlSafe_Nul_Replaced")]
    [TestCase("tab\tline\nreturn\r", "tab\tline\nreturn\r", TestName = "XmlSafe_TabLineFeedReturn_Kept")]
    [TestCase("\uFFFE\uFFFF𝔘", "\uFFFD\uFFFD𝔘", TestName = "XmlSafe_Noncharacters_Replaced")]
    public void XmlSafe(string text, string expected)
    {
        Assert.That(UnicodeText.XmlSafe(text), Is.EqualTo(expected));
    }

    [Test]
    public void XmlSafe_LoneSurrogate_Replaced()
    {
        Assert.That(UnicodeText.XmlSafe($"x{High}"), Is.EqualTo("x\uFFFD"));
    }

    [Test]
    public void ForPaper_LongText_CutAtTheLimitSayingHowLong()
    {
        var text = new string('x', 12_000);

        var paper = FormText.ForPaper(text);

        Assert.That(paper, Is.EqualTo(new string('x', FormText.PaperTextLimit) + " … [gekürzt, 12.000 Zeichen]"));
    }

    [Test]
    public void ForPaper_CutFallsInsideAnEmoji_CutBeforeIt()
    {
        var text = new string('x', FormText.PaperTextLimit - 1) + "👩‍👩‍👧" + "yyy";

        var paper = FormText.ForPaper(text);

        Assert.That(paper, Does.StartWith(new string('x', FormText.PaperTextLimit - 1) + " …"));
    }

    [Test]
    public void Short_LongerThanTheLimit_EndsWithEllipsis()
    {
        Assert.That(FormText.Short("abcdef", 4), Is.EqualTo("abc…"));
        Assert.That(FormText.Short("abcd", 4), Is.EqualTo("abcd"));
    }
}
