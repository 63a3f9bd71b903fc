using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Text;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

public sealed class ElementLayoutTests
{
    [Test]
    public void Paragraph_100Lines_64OnPage1AndRestOnPage2()
    {
        // 722 / 11.25 = 64.2 lines of 9 pt text per page.
        var canvas = Draw(Builder().Add(new Paragraph(string.Join("\n", Enumerable.Range(1, 100).Select(i => $"Satz {i}")))));

        Assert.That(Single(canvas, "Satz 64").Page, Is.EqualTo(1));
        Assert.That(Single(canvas, "Satz 65").Page, Is.EqualTo(2));
        Assert.That(Single(canvas, "Satz 100").Page, Is.EqualTo(2));
    }

    [Test]
    public void Paragraph_RightAligned_EachLineEndsAtBodyRight()
    {
        var canvas = Draw(Builder().Add(new Paragraph("rechts\nbündig", TextStyle.Body, TextAlign.Right)));

        Assert.That(new[] { "rechts", "bündig" }.Select(t => Single(canvas, t).X + Single(canvas, t).Width), Is.All.EqualTo(553f).Within(0.01f));
    }

    [Test]
    public void Paragraph_Centered_LineCentredInBody()
    {
        var canvas = Draw(Builder().Add(new Paragraph("Mitte", TextStyle.Body, TextAlign.Center)));

        var run = Single(canvas, "Mitte");
        Assert.That(run.X + (run.Width / 2f), Is.EqualTo(56f + (497f / 2f)).Within(0.01f));
    }

    [Test]
    public void KeyValueBlock_LabelAndValueShareBaseline_ValueAfterLabelColumn()
    {
        var canvas = Draw(Builder().Add(new KeyValueBlock([new("Aktenzeichen", "ESF-2018-0815")])));

        var label = Single(canvas, "Aktenzeichen:");
        var value = Single(canvas, "ESF-2018-0815");
        Assert.That(value.Baseline, Is.EqualTo(label.Baseline));
        Assert.That((label.X, value.X), Is.EqualTo((56f, 56f + 150f + 8f)));
    }

    [Test]
    public void Footnote_MarkerPrefixedInSmallText()
    {
        var canvas = Draw(Builder().Add(new Footnote("Werte unter 3 werden nicht ausgewiesen.", "*")));

        var note = Single(canvas, "* Werte unter 3 werden nicht ausgewiesen.");
        Assert.That(note.Size, Is.EqualTo(7f));
    }

    [Test]
    public void SignatureBlock_TwoLinesWithCaptions()
    {
        var canvas = Draw(Builder().Add(new SignatureElement()));

        Assert.That(canvas.TextsOn(1).Select(t => t.Text), Does.Contain("Ort, Datum").And.Contain("Rechtsverbindliche Unterschrift, Name in Druckbuchstaben"));
        var lines = canvas.Operations.OfType<Reporting.Core.Pdf.Canvas.RecordedLine>().Where(l => l.Y1 == 64f + 36f).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
    }

    [Test]
    public void PageBreak_BetweenParagraphs_SecondStartsPage2AndNoEmptyPage()
    {
        var canvas = Draw(Builder().Add(new PageBreak()).Add(new Paragraph("eins")).Add(new PageBreak()).Add(new Paragraph("zwei")));

        Assert.That(canvas.PageCount, Is.EqualTo(2));
        Assert.That((Single(canvas, "eins").Page, Single(canvas, "zwei").Page), Is.EqualTo((1, 2)));
    }
}
