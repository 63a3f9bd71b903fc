using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class ClosedXmlExtensionsTests
{
    private static readonly XlsxDocumentInfo Info = new("Zahlenmäßiger Nachweis", "Projekt 4711", "FundingReports", new DateTimeOffset(2019, 3, 31, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Saves the workbook and opens the saved file, as a reader of our export would.</summary>
    private static XLWorkbook SaveAndReopen(XLWorkbook book)
    {
        var stream = new MemoryStream();
        book.SaveAs(stream);
        return XlsxTestFiles.Open(stream.ToArray());
    }

    private static XLWorkbook Reopen(Action<IXLWorksheet> fill)
    {
        using var book = new XLWorkbook();
        fill(book.AddWorksheet("Nachweis"));
        return SaveAndReopen(book);
    }

    [Test]
    public void SetEuro_Amounts_ReadBackExactWithEuroFormat()
    {
        using var book = Reopen(s =>
        {
            s.Cell("A1").SetEuro(Money.Euros(1234.56m));
            s.Cell("A2").SetEuro(-50.00m);
            s.Cell("A3").SetEuro(5800000.00m);
        });
        var sheet = book.Worksheet(1);

        Assert.That(sheet.Range("A1:A3").Cells().Select(c => c.GetValue<decimal>()), Is.EqualTo(new[] { 1234.56m, -50.00m, 5800000.00m }));
        Assert.That(sheet.Range("A1:A3").Cells().Select(c => c.DataType), Is.All.EqualTo(XLDataType.Number));
        Assert.That(sheet.Cell("A1").Style.NumberFormat.Format, Is.EqualTo("#,##0.00 \"€\""));
    }

    [Test]
    public void SetPercentAndInteger_UseTheirFormatCodes()
    {
        using var book = Reopen(s =>
        {
            s.Cell("A1").SetPercent(0.719m);
            s.Cell("A2").SetInteger(1234);
        });
        var sheet = book.Worksheet(1);

        Assert.That(sheet.Cell("A1").GetValue<decimal>(), Is.EqualTo(0.719m));
        Assert.That(sheet.Cell("A1").Style.NumberFormat.Format, Is.EqualTo("0.0 %"));
        Assert.That(sheet.Cell("A2").GetValue<long>(), Is.EqualTo(1234));
        Assert.That(sheet.Cell("A2").Style.NumberFormat.Format, Is.EqualTo("#,##0"));
    }

    [Test]
    public void SetDate_IsARealDateFormattedGerman()
    {
        using var book = Reopen(s => s.Cell("A1").SetDate(new DateOnly(2018, 7, 31)));
        var cell = book.Worksheet(1).Cell("A1");

        Assert.That(cell.DataType, Is.EqualTo(XLDataType.DateTime));
        Assert.That(cell.GetDateTime(), Is.EqualTo(new DateTime(2018, 7, 31)));
        Assert.That(cell.Style.NumberFormat.Format, Is.EqualTo("dd.mm.yyyy"));
    }

    [TestCase("=SUM(A1:A9)")]
    [TestCase("+49 231 123456")]
    [TestCase("-5")]
    [TestCase("@Kasse")]
    [TestCase("1234")]
    [TestCase("0815")]
    public void SetText_TextThatLooksLikeAFormulaOrNumber_StaysText(string text)
    {
        using var book = Reopen(s => s.Cell("A1").SetText(text));
        var cell = book.Worksheet(1).Cell("A1");

        Assert.That(cell.HasFormula, Is.False);
        Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
        Assert.That(cell.GetString(), Is.EqualTo(text));
    }

    [Test]
    public void Set_TypedCells_MatchTheStreamingWriter()
    {
        using var book = Reopen(s =>
        {
            s.Cell("A1").Set(XlsxCell.Text("=1+2"));
            s.Cell("A2").Set(XlsxCell.Euro(1234.56m));
            s.Cell("A3").Set(XlsxCell.Date(new DateOnly(2018, 12, 31)));
            s.Cell("A4").Set(XlsxCell.Formula("SUM(A2:A2)", 1234.56m, XlsxStyle.Euro).Bold());
        });
        var sheet = book.Worksheet(1);

        Assert.That(sheet.Cell("A1").GetString(), Is.EqualTo("=1+2"));
        Assert.That(sheet.Cell("A2").GetValue<decimal>(), Is.EqualTo(1234.56m));
        Assert.That(sheet.Cell("A3").GetDateTime(), Is.EqualTo(new DateTime(2018, 12, 31)));
        Assert.That(sheet.Cell("A4").FormulaA1, Is.EqualTo("SUM(A2:A2)"));
        Assert.That(sheet.Cell("A4").Style.NumberFormat.Format, Is.EqualTo("#,##0.00 \"€\""));
        Assert.That(sheet.Cell("A4").Style.Font.Bold, Is.True);
    }

    [Test]
    public void ApplyDocumentInfo_PropertiesReadBack()
    {
        using var source = new XLWorkbook();
        source.AddWorksheet("Nachweis").Cell("A1").SetText("x");
        source.ApplyDocumentInfo(Info with { Keywords = "VN-NRW v2" });

        using var book = SaveAndReopen(source);

        Assert.That(book.Properties.Title, Is.EqualTo("Zahlenmäßiger Nachweis"));
        Assert.That(book.Properties.Subject, Is.EqualTo("Projekt 4711"));
        Assert.That(book.Properties.Author, Is.EqualTo("FundingReports"));
        Assert.That(book.Properties.Keywords, Is.EqualTo("VN-NRW v2"));
        Assert.That(book.Properties.Created.ToUniversalTime(), Is.EqualTo(new DateTime(2019, 3, 31, 8, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void ApplyDocumentInfo_AsksExcelToRecalculateOnLoad()
    {
        // ClosedXML cannot store a formula's cached result, so the reader must compute it.
        using var source = new XLWorkbook();
        source.AddWorksheet("Nachweis").Cell("A1").Set(XlsxCell.Formula("1+2", 3m));
        source.ApplyDocumentInfo(Info);
        var stream = new MemoryStream();
        source.SaveAs(stream);

        var calcPr = XlsxTestFiles.Part(stream.ToArray(), "xl/workbook.xml").Descendants().Single(e => e.Name.LocalName == "calcPr");

        Assert.That((string?)calcPr.Attribute("fullCalcOnLoad"), Is.EqualTo("1"));
    }
}
