using Reporting.Core.Pdf.Elements;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;
using static Reporting.Tests.Pdf.LayoutFixtures;

namespace Reporting.Tests.Pdf;

public sealed class TableLayoutTests
{
    [Test]
    public void Table_After151PointsOfContent_Row37StartsPage2UnderRepeatedHeader()
    {
        // Paragraph 11.25 + spacer 140 = 151.25 pt used; 722 − 151.25 = 570.75 left. 15 (header) + 36 × 15 +
        // 10.75 (marker) = 565.75 fits, 37 rows plus marker (580.75) do not.
        var canvas = Draw(Builder()
            .Add(new Paragraph("Einleitung"))
            .Add(new Spacer(140))
            .Add(new Table(Columns, Rows(100))));

        var row36 = Single(canvas, "Zeile 36");
        var row37 = Single(canvas, "Zeile 37");
        var headerOnPage2 = canvas.TextsOn(2).Single(t => t.Text == "Nr.");
        Assert.That(row36.Page, Is.EqualTo(1));
        Assert.That(row37.Page, Is.EqualTo(2));
        Assert.That(headerOnPage2.Baseline, Is.LessThan(row37.Baseline));
        Assert.That(canvas.TextsOn(2).Where(t => t.Text.StartsWith("Zeile", StringComparison.Ordinal)).MinBy(t => t.Baseline), Is.EqualTo(row37));
    }

    [Test]
    public void Table_1000Rows_EveryRowAppearsExactlyOnceInOrder()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(1000), "Ausgaben")));

        var rows = canvas.Texts.Where(t => t.Text.StartsWith("Zeile ", StringComparison.Ordinal)).ToList();
        Assert.That(rows.Select(r => r.Text), Is.EqualTo(Enumerable.Range(1, 1000).Select(i => $"Zeile {i}")));
        Assert.That(rows.Select(r => r.Page), Is.Ordered);
        Assert.That(canvas.PageCount, Is.GreaterThan(20));
    }

    [Test]
    public void Table_OverSeveralPages_HeaderAndCaptionRepeatedWithContinuationMarks()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(120), "Ausgaben")));

        Assert.That(canvas.PageCount, Is.EqualTo(3));
        for (int page = 1; page <= 3; page++)
        {
            var texts = canvas.TextsOn(page).Select(t => t.Text).ToList();
            Assert.That(texts.Count(t => t == "Nr."), Is.EqualTo(1), $"header on page {page}");
            Assert.That(texts, Does.Contain(page == 1 ? "Ausgaben" : "Ausgaben (Fortsetzung)"));
            Assert.That(texts.Contains(Continues), Is.EqualTo(page < 3), $"marker on page {page}");
        }
    }

    [Test]
    public void Table_WithoutCaption_ContinuedPageShowsFortsetzungAboveHeader()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(60))));

        var mark = canvas.TextsOn(2).Single(t => t.Text == "(Fortsetzung)");
        Assert.That(mark.Baseline, Is.LessThan(canvas.TextsOn(2).Single(t => t.Text == "Nr.").Baseline));
        Assert.That(canvas.TextsOn(1).Select(t => t.Text), Does.Not.Contain("(Fortsetzung)"));
    }

    [Test]
    public void Table_RowTallerThanRemainingSpace_MovesWholeToNextPage()
    {
        // Header 15 + 44 rows × 15 = 675; row 45 has five lines (55 pt): 730 > 722, so it moves whole.
        var rows = Rows(44);
        rows.Add(TableRow.Of("45", "L1\nL2\nL3\nL4\nL5", "9,99 €"));
        var canvas = Draw(Builder().Add(new Table(Columns, rows)));

        Assert.That(Single(canvas, "Zeile 44").Page, Is.EqualTo(1));
        Assert.That(new[] { "L1", "L2", "L3", "L4", "L5" }.Select(l => Single(canvas, l).Page), Is.All.EqualTo(2));
        Assert.That(Single(canvas, "L1").Baseline, Is.EqualTo(Single(canvas, "45").Baseline));
    }

    [Test]
    public void Table_RowTallerThanPage_SplitBetweenLinesAcrossPages()
    {
        // Page 2 (top): caption line 13.875 + header 15 + marker 10.75 + padding 5 leave 677.4 pt = 67 lines.
        var lines = string.Join("\n", Enumerable.Range(1, 100).Select(i => $"Line {i}"));
        var canvas = Draw(Builder().Add(new Table(Columns, [TableRow.Of("1", "kurz", "1,00 €"), TableRow.Of("2", lines, "2,00 €"), TableRow.Of("3", "danach", "3,00 €")])));

        Assert.That(canvas.PageCount, Is.EqualTo(3));
        Assert.That(Single(canvas, "kurz").Page, Is.EqualTo(1));
        Assert.That(Single(canvas, "Line 1").Page, Is.EqualTo(2));
        Assert.That(Single(canvas, "Line 67").Page, Is.EqualTo(2));
        Assert.That(Single(canvas, "Line 68").Page, Is.EqualTo(3));
        Assert.That(Single(canvas, "Line 100").Page, Is.EqualTo(3));
        Assert.That(Single(canvas, "danach").Page, Is.EqualTo(3));
    }

    [Test]
    public void Table_NumberColumn_RightAlignedToCellPadding()
    {
        var canvas = Draw(Builder().Add(new Table(Columns, Rows(3))));

        // Body right edge 595 − 42 = 553, minus 3 pt cell padding.
        Assert.That(canvas.Texts.Where(t => t.Text == "1.234,56 €").Select(t => t.X + t.Width), Is.All.EqualTo(550f).Within(0.01f));
        Assert.That(Single(canvas, "Zeile 1").X, Is.EqualTo(56f + 40f + 3f).Within(0.01f));
    }

    [Test]
    public void Table_TotalRow_DrawnBold()
    {
        var rows = Rows(2);
        rows.Add(TableRow.Total("", "Summe", "2.469,12 €"));
        var canvas = Draw(Builder().Add(new Table(Columns, rows)));

        Assert.That(Single(canvas, "Summe").Style, Is.EqualTo(Reporting.Core.Pdf.PdfFontStyle.Bold));
        Assert.That(Single(canvas, "Zeile 1").Style, Is.EqualTo(Reporting.Core.Pdf.PdfFontStyle.Regular));
    }

    [Test]
    public void Table_FixedColumnsWiderThanBody_ThrowsNamingTheTable()
    {
        var table = new Table([TableColumn.Number("Betrag", 600)], [TableRow.Of("1,00 €")], "Zu breit");

        Assert.That(
            () => Draw(Builder().Add(table)),
            Throws.TypeOf<LayoutException>().With.Message.Contains("Table 'Zu breit'").And.Message.Contains("wider than the available 497 pt"));
    }

    [Test]
    public void Table_RowWithWrongCellCount_ThrowsNamingTheRow()
    {
        var table = new Table(Columns, [TableRow.Of("1", "zwei")]);

        Assert.That(() => Draw(Builder().Add(table)), Throws.ArgumentException.With.Message.Contains("row 1 has 2 cells for 3 columns"));
    }

    [Test]
    public void Table_MeasureAfterHalfAPage_IsPartialAndNeverSplitsARowInTheMiddleOfAPage()
    {
        var rows = Rows(1);
        rows.Add(TableRow.Of("2", string.Join("\n", Enumerable.Range(1, 30)), "x"));
        var table = new Table(Columns, rows);
        var context = new LayoutContext(new TextShaper(TestFonts.Set), AtPageTop: false, PageNumber: 1);

        // Header 15 + row 1 15 + marker 10.75 = 40.75; row 2 (305 pt) does not fit in 200 pt and is not split.
        var plan = table.Measure(new Reporting.Core.Pdf.PdfSize(497, 200), context);

        Assert.That(plan, Is.EqualTo(SpacePlan.Partial(40.75f)));
    }
}
