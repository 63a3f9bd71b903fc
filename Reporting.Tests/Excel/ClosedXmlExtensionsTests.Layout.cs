using ClosedXML.Excel;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class ClosedXmlExtensionsTests
{
    private static void FillList(IXLWorksheet s)
    {
        s.Cell("A1").SetText("Belegliste Projekt 4711");
        s.Cell("A3").SetText("Beleg");
        s.Cell("B3").SetText("Datum");
        s.Cell("C3").SetText("Betrag");
        for (var i = 1; i <= 3; i++)
        {
            s.Cell(3 + i, 1).SetText($"B-{i}");
            s.Cell(3 + i, 2).SetDate(new DateOnly(2018, 7, i));
            s.Cell(3 + i, 3).SetEuro(i * 1000.5m);
        }
        s.Cell("C7").Set(XlsxCell.Formula("SUBTOTAL(9,C4:C6)", 6003m, XlsxStyle.Euro));
    }

    [Test]
    public void ApplyListLayout_FreezesBoldHeaderAndFiltersDataRows()
    {
        using var book = Reopen(s =>
        {
            FillList(s);
            s.ApplyListLayout(headerRow: 3, lastColumn: 3, lastDataRow: 6);
        });
        var sheet = book.Worksheet(1);

        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(3));
        Assert.That(sheet.AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A3:C6"));
        Assert.That(sheet.Cell("B3").Style.Font.Bold, Is.True);
    }

    [Test]
    public void ApplyPrintSetup_Report_IsA4OnePageWideWithTitlesAndPageOfPages()
    {
        var print = XlsxPrintSetup.ForReport("Anlage 1 ZN", "Müller & Partner", "2018", landscape: true);

        using var book = Reopen(s =>
        {
            FillList(s);
            s.ApplyPrintSetup(print, headerRow: 3);
        });
        var page = book.Worksheet(1).PageSetup;

        Assert.That(page.PaperSize, Is.EqualTo(XLPaperSize.A4Paper));
        Assert.That(page.PagesWide, Is.EqualTo(1));
        Assert.That(page.PagesTall, Is.EqualTo(0));
        Assert.That(page.PageOrientation, Is.EqualTo(XLPageOrientation.Landscape));
        Assert.That(page.FirstRowToRepeatAtTop, Is.EqualTo(3));
        Assert.That(page.LastRowToRepeatAtTop, Is.EqualTo(3));
        Assert.That(page.Header.Left.GetText(XLHFOccurrence.OddPages), Is.EqualTo("Anlage 1 ZN\nMüller && Partner"));
        Assert.That(page.Header.Right.GetText(XLHFOccurrence.OddPages), Is.EqualTo("2018"));
        Assert.That(page.Footer.Right.GetText(XLHFOccurrence.OddPages), Is.EqualTo("Seite &P von &N"));
    }

    [Test]
    public void ProtectComputedCells_LocksAllButTheInputCells()
    {
        using var book = Reopen(s =>
        {
            FillList(s);
            s.ProtectComputedCells(s.Range("A4:A6"));
        });
        var sheet = book.Worksheet(1);

        Assert.That(sheet.IsProtected, Is.True);
        Assert.That(sheet.IsPasswordProtected, Is.False);
        Assert.That(sheet.Cell("A5").Style.Protection.Locked, Is.False);
        Assert.That(sheet.Cell("C7").Style.Protection.Locked, Is.True);
        Assert.That(sheet.Cell("C5").Style.Protection.Locked, Is.True);
    }

    [Test]
    public void ApplyColumnWidths_UsesTheLongestDisplayedValue()
    {
        using var book = Reopen(s =>
        {
            FillList(s);
            s.Cell("A1").Clear();
            s.ApplyListLayout(headerRow: 3, lastColumn: 3, lastDataRow: 6);
            s.ApplyColumnWidths();
        });
        var sheet = book.Worksheet(1);

        // A: "Beleg" bold 5 × 1.1 = 5.5 + 2 → 8; B: "03.07.2018" 10 + 2 = 12; C: total "6.003,00 €" 10 + 2 = 12.
        Assert.That(sheet.Column(1).Width, Is.EqualTo(8).Within(0.01));
        Assert.That(sheet.Column(2).Width, Is.EqualTo(12).Within(0.01));
        Assert.That(sheet.Column(3).Width, Is.EqualTo(12).Within(0.01));
    }
}
