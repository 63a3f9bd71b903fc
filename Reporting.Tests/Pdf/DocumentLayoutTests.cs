using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Document;
using Reporting.Core.Pdf.Elements;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

public sealed class DocumentLayoutTests
{
    [Test]
    public void Footer_ThreePages_Page2ShowsSeite2Von3()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(120))));

        Assert.That(canvas.PageCount, Is.EqualTo(3));
        Assert.That(canvas.TextsOn(2).Select(t => t.Text), Does.Contain("Seite 2 von 3"));
        Assert.That(Enumerable.Range(1, 3).Select(p => canvas.TextsOn(p).Count(t => t.Text == $"Seite {p} von 3")), Is.All.EqualTo(1));
    }

    [Test]
    public void Header_EveryPage_ShowsTitleLeftAndProjectRight()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(120))));

        var titles = canvas.Texts.Where(t => t.Text == "Verwendungsnachweis").ToList();
        var projects = canvas.Texts.Where(t => t.Text == "Projekt Brücke / 2018-Q3").ToList();
        Assert.That(titles.Select(t => t.Page), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(titles.Select(t => t.X), Is.All.EqualTo(56f));
        Assert.That(projects.Select(t => t.X + t.Width), Is.All.EqualTo(553f).Within(0.01f));
    }

    [Test]
    public void Footer_CallerTexts_OnEveryPage()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(60))));

        Assert.That(canvas.Texts.Where(t => t.Text == "erstellt am 02.10.2018").Select(t => t.Page), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(canvas.Texts.Where(t => t.Text == "Datenstand 30.09.2018").Select(t => t.Page), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Landscape_PagesAre842By595()
    {
        var canvas = Draw(new PdfDocumentBuilder(PageLayout.A4Landscape).Add(new Paragraph("quer")));

        Assert.That(canvas.PageSizes, Is.EqualTo(new[] { new Reporting.Core.Pdf.PdfSize(842, 595) }));
    }

    [Test]
    public void DrawTo_Twice_SameOperations()
    {
        var builder = Builder().Add(new Paragraph("Text")).Add(new Table(Columns, Rows(80), "Ausgaben"));

        var first = Draw(builder);
        var second = Draw(builder);

        Assert.That(second.Operations, Is.EqualTo(first.Operations));
    }

    [Test]
    public void Spacer_AtTopOfPage_Dropped()
    {
        var canvas = Draw(Builder().Add(new Spacer(50)).Add(new Paragraph("oben")));

        // Body top 64; the 9 pt line's baseline sits at (11.25 − glyph height) / 2 + ascent below it.
        Assert.That(Single(canvas, "oben").Baseline, Is.LessThan(64f + 11.25f));
    }

    [Test]
    public void Footnote_LessRoomLeftThanItsRuleGap_MovesToNextPageWhole()
    {
        // 64 lines × 11.25 = 720 of 722 pt: 2 pt are left, less than the footnote's 4 pt rule gap.
        // (This once measured a negative partial height and crashed on the next page.)
        var canvas = Draw(Builder()
            .Add(new Paragraph(string.Join("\n", Enumerable.Range(1, 64).Select(i => $"Absatz {i}"))))
            .Add(new Footnote("Fußnote am Seitenende", "1")));

        Assert.That(Single(canvas, "Absatz 64").Page, Is.EqualTo(1));
        Assert.That(canvas.Operations.OfType<RecordedText>().Count(t => t.Text.Contains("Fußnote", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(canvas.Operations.OfType<RecordedText>().Single(t => t.Text.Contains("Fußnote", StringComparison.Ordinal)).Page, Is.EqualTo(2));
    }

    [Test]
    public void SignatureBlock_NearPageEnd_MovesWholeToNextPage()
    {
        // 63 paragraph lines × 11.25 = 708.75 of 722 pt: the 52 pt block does not fit and is not split.
        var canvas = Draw(Builder()
            .Add(new Paragraph(string.Join("\n", Enumerable.Range(1, 63).Select(i => $"Absatz {i}"))))
            .Add(new SignatureElement("Großstadt, 02.10.2018")));

        Assert.That(Single(canvas, "Absatz 63").Page, Is.EqualTo(1));
        Assert.That(Single(canvas, "Großstadt, 02.10.2018").Page, Is.EqualTo(2));
        Assert.That(Single(canvas, "Ort, Datum").Page, Is.EqualTo(2));
    }

    [Test]
    public void ChartBlock_PlacedAtFullBodyWidthAndGivenHeight()
    {
        var canvas = Draw(Builder().Add(new ChartElement(new ScottPlot.Plot(), 200)));

        var chart = canvas.Operations.OfType<Reporting.Core.Pdf.Canvas.RecordedChart>().Single();
        Assert.That(chart.Rect, Is.EqualTo(new Reporting.Core.Pdf.PdfRect(56, 64, 497, 200)));
    }

    [Test]
    public void Heading_WhenFollowingTableCannotStart_MovesToNextPageWithIt()
    {
        // 62 lines × 11.25 = 697.5 pt; the heading (13.75) leaves 10.75 pt, less than header + one row (30 pt).
        var canvas = Draw(Builder()
            .Add(new Paragraph(string.Join("\n", Enumerable.Range(1, 62).Select(i => $"Absatz {i}"))))
            .Add(Paragraph.Heading("Einzelaufstellung"))
            .Add(new Table(Columns, Rows(3))));

        Assert.That(Single(canvas, "Absatz 62").Page, Is.EqualTo(1));
        Assert.That(Single(canvas, "Einzelaufstellung").Page, Is.EqualTo(2));
        Assert.That(Single(canvas, "Zeile 1").Page, Is.EqualTo(2));
    }

    [Test]
    public void Paragraph_WhenFollowingTableCannotStart_StaysOnPage()
    {
        var canvas = Draw(Builder()
            .Add(new Paragraph(string.Join("\n", Enumerable.Range(1, 62).Select(i => $"Absatz {i}"))))
            .Add(new Paragraph("Normaler Absatz"))
            .Add(new Table(Columns, Rows(3))));

        Assert.That(Single(canvas, "Normaler Absatz").Page, Is.EqualTo(1));
        Assert.That(Single(canvas, "Zeile 1").Page, Is.EqualTo(2));
    }
}
