using ClosedXML.Excel;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class StreamingXlsxWriterTests
{
    private static byte[] WriteReport(XlsxPrintSetup? print = null, IReadOnlyList<string>? titleLines = null, int dataRows = 3) => Write(w =>
    {
        var sheet = w.AddSheet("Belegliste", BelegColumns, printSetup: print, titleLines: titleLines);
        for (var i = 1; i <= dataRows; i++)
        {
            sheet.WriteRow($"B-{i}", new DateOnly(2018, 7, i), "Miete", i * 100m, 0.5m);
        }
        sheet.WriteTotalRow("Summe", XlsxCell.Empty, XlsxCell.Empty, XlsxCell.Formula(sheet.SubtotalSum(3), dataRows * (dataRows + 1) / 2 * 100m));
    });

    [Test]
    public void AddSheet_Default_FreezesTheHeaderRow()
    {
        using var book = XlsxTestFiles.Open(WriteReport());
        var view = book.Worksheet(1).SheetView;

        Assert.That(view.SplitRow, Is.EqualTo(1));
        Assert.That(view.SplitColumn, Is.EqualTo(0));
    }

    [Test]
    public void AddSheet_Default_WritesBoldHeaders()
    {
        using var book = XlsxTestFiles.Open(WriteReport());
        var header = book.Worksheet(1).Cell("D1");

        Assert.That(header.GetString(), Is.EqualTo("Betrag"));
        Assert.That(header.Style.Font.Bold, Is.True);
    }

    [Test]
    public void AddSheet_AutoFilter_CoversHeaderAndDataRowsButNotTheTotal()
    {
        var bytes = WriteReport(dataRows: 3);
        using var book = XlsxTestFiles.Open(bytes);
        var filterName = XlsxTestFiles.Part(bytes, "xl/workbook.xml").Descendants()
            .Single(e => e.Name.LocalName == "definedName" && (string?)e.Attribute("name") == "_xlnm._FilterDatabase");

        Assert.That(book.Worksheet(1).AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A1:E4"));
        Assert.That(filterName.Value, Is.EqualTo("'Belegliste'!$A$1:$E$4"));
    }

    [Test]
    public void AddSheet_TitleLines_PutTheHeaderBelowThemAndFreezeThere()
    {
        using var book = XlsxTestFiles.Open(WriteReport(titleLines: ["Belegliste Projekt 4711", "Stichtag: 31.12.2018"]));
        var sheet = book.Worksheet(1);

        Assert.That(sheet.Cell("A2").GetString(), Is.EqualTo("Stichtag: 31.12.2018"));
        Assert.That(sheet.Cell("A3").GetString(), Is.EqualTo("Beleg"));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(3));
        Assert.That(sheet.AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A3:E6"));
        Assert.That(sheet.PageSetup.FirstRowToRepeatAtTop, Is.EqualTo(3));
    }

    [Test]
    public void AddSheet_PrintSetup_IsA4FitToOnePageWideWithRepeatedHeader()
    {
        using var book = XlsxTestFiles.Open(WriteReport(new XlsxPrintSetup { Landscape = true }));
        var page = book.Worksheet(1).PageSetup;

        Assert.That(page.PaperSize, Is.EqualTo(XLPaperSize.A4Paper));
        Assert.That(page.PagesWide, Is.EqualTo(1));
        Assert.That(page.PagesTall, Is.EqualTo(0));
        Assert.That(page.PageOrientation, Is.EqualTo(XLPageOrientation.Landscape));
        Assert.That(page.FirstRowToRepeatAtTop, Is.EqualTo(1));
        Assert.That(page.LastRowToRepeatAtTop, Is.EqualTo(1));
    }

    [Test]
    public void AddSheet_PrintSetup_MarksTheSheetFitToPage()
    {
        var sheetXml = XlsxTestFiles.Part(WriteReport(), "xl/worksheets/sheet1.xml");
        var pageSetUpPr = sheetXml.Descendants().Single(e => e.Name.LocalName == "pageSetUpPr");

        Assert.That((string?)pageSetUpPr.Attribute("fitToPage"), Is.EqualTo("1"));
    }

    [Test]
    public void AddSheet_ReportHeaderFooter_HasFormProjectPeriodAndPageOfPages()
    {
        var print = XlsxPrintSetup.ForReport("Anlage 2 Belegliste", "Müller & Partner", "01.01.2018 – 31.12.2018");

        var sheetXml = XlsxTestFiles.Part(WriteReport(print), "xl/worksheets/sheet1.xml");
        string Text(string element) => sheetXml.Descendants().Single(e => e.Name.LocalName == element).Value;

        Assert.That(Text("oddHeader"), Is.EqualTo("&LAnlage 2 Belegliste\nMüller && Partner&R01.01.2018 – 31.12.2018"));
        Assert.That(Text("oddFooter"), Is.EqualTo("&RSeite &P von &N"));
    }

    [Test]
    public void AddSheet_ReportHeaderFooter_ReadsBackInClosedXml()
    {
        var print = XlsxPrintSetup.ForReport("Anlage 2", "Projekt 4711", "2018");

        using var book = XlsxTestFiles.Open(WriteReport(print));
        var page = book.Worksheet(1).PageSetup;

        Assert.That(page.Header.Right.GetText(XLHFOccurrence.OddPages), Is.EqualTo("2018"));
        Assert.That(page.Footer.Right.GetText(XLHFOccurrence.OddPages), Is.EqualTo("Seite &P von &N"));
    }

    [Test]
    public void AddSheet_ColumnWidth_IsStoredInCharactersAsExcelDoes()
    {
        var sheetXml = XlsxTestFiles.Part(WriteReport(), "xl/worksheets/sheet1.xml");
        var widths = sheetXml.Descendants().Where(e => e.Name.LocalName == "col").Select(e => (string?)e.Attribute("width"));

        Assert.That(widths, Is.EqualTo(new[] { "10.7109375", "11.7109375", "30.7109375", "14.7109375", "8.7109375" }));
    }

    [TestCase("Belegliste 2018 Projekt 4711 Nord", TestName = "AddSheet_NameLongerThan31_Throws")]
    [TestCase("Einnahmen/Ausgaben", TestName = "AddSheet_NameWithSlash_Throws")]
    [TestCase("Q3[2018]", TestName = "AddSheet_NameWithBrackets_Throws")]
    [TestCase("", TestName = "AddSheet_EmptyName_Throws")]
    public void AddSheet_InvalidName_Throws(string name)
    {
        Assert.That(() => Write(w => w.AddSheet(name, BelegColumns)), Throws.ArgumentException);
    }

    [Test]
    public void AddSheet_DuplicateNameIgnoringCase_Throws()
    {
        Assert.That(() => Write(w =>
        {
            w.AddSheet("Ausgaben", BelegColumns);
            w.AddSheet("AUSGABEN", BelegColumns);
        }), Throws.ArgumentException);
    }
}
