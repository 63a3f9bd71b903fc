using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class StreamingXlsxWriterTests
{
    private static readonly XlsxDocumentInfo Info = new("Belegliste", "Projekt 4711, 2018", "FundingReports", new DateTimeOffset(2018, 12, 31, 10, 15, 0, TimeSpan.Zero));

    private static readonly XlsxColumn[] BelegColumns =
    [
        new("Beleg", 10),
        new("Datum", 11, XlsxStyle.Date),
        new("Text", 30),
        new("Betrag", 14, XlsxStyle.Euro),
        new("Anteil", 8, XlsxStyle.Percent),
    ];

    private static byte[] Write(Action<StreamingXlsxWriter> fill, XlsxDocumentInfo? info = null)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamingXlsxWriter(stream, info ?? Info, leaveOpen: true))
        {
            fill(writer);
        }
        return stream.ToArray();
    }

    private static byte[] WriteRows(params XlsxCell[][] rows) => Write(w =>
    {
        var sheet = w.AddSheet("Belegliste", BelegColumns);
        foreach (var row in rows)
        {
            sheet.WriteRow(row);
        }
    });

    [TestCase("1234.56")]
    [TestCase("-50.00")]
    [TestCase("5800000.00")]
    [TestCase("0.01")]
    [TestCase("12345678.91")]
    public void WriteRow_EuroAmount_ReadsBackAsTheSameNumber(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        using var book = XlsxTestFiles.Open(WriteRows([XlsxCell.Text("B-1"), XlsxCell.Empty, XlsxCell.Empty, XlsxCell.Euro(Money.Euros(amount))]));
        var cell = book.Worksheet("Belegliste").Cell("D2");

        Assert.That(cell.DataType, Is.EqualTo(XLDataType.Number));
        Assert.That(cell.GetValue<decimal>(), Is.EqualTo(amount));
    }

    [Test]
    public void WriteRow_PlainNumberInEuroColumn_TakesTheColumnsEuroFormat()
    {
        using var book = XlsxTestFiles.Open(WriteRows([XlsxCell.Empty, XlsxCell.Empty, XlsxCell.Empty, 1234.56m]));
        var cell = book.Worksheet(1).Cell("D2");

        Assert.That(cell.GetValue<decimal>(), Is.EqualTo(1234.56m));
        Assert.That(cell.Style.NumberFormat.Format, Is.EqualTo("#,##0.00 \"€\""));
    }

    [Test]
    public void WriteRow_NumberFormats_AreTheCodesSet()
    {
        using var book = XlsxTestFiles.Open(WriteRows(
        [
            XlsxCell.Integer(1234), XlsxCell.Date(new DateOnly(2018, 7, 31)), XlsxCell.Amount(5.5m), XlsxCell.Euro(-50.00m), XlsxCell.Percent(0.719m),
        ]));
        var sheet = book.Worksheet(1);

        Assert.That(sheet.Cell("A2").Style.NumberFormat.Format, Is.EqualTo("#,##0"));
        Assert.That(sheet.Cell("B2").Style.NumberFormat.Format, Is.EqualTo("dd.mm.yyyy"));
        Assert.That(sheet.Cell("C2").Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That(sheet.Cell("D2").Style.NumberFormat.Format, Is.EqualTo("#,##0.00 \"€\""));
        Assert.That(sheet.Cell("E2").Style.NumberFormat.Format, Is.EqualTo("0.0 %"));
        Assert.That(sheet.Cell("E2").GetValue<decimal>(), Is.EqualTo(0.719m));
    }

    [Test]
    public void WriteRow_Date_IsARealDate()
    {
        using var book = XlsxTestFiles.Open(WriteRows([XlsxCell.Empty, new DateOnly(2018, 7, 31)]));
        var cell = book.Worksheet(1).Cell("B2");

        Assert.That(cell.DataType, Is.EqualTo(XLDataType.DateTime));
        Assert.That(cell.GetDateTime(), Is.EqualTo(new DateTime(2018, 7, 31)));
    }

    [TestCase("=SUM(A1:A9)")]
    [TestCase("+49 231 123456")]
    [TestCase("-5")]
    [TestCase("@Kasse")]
    [TestCase("=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("0815")]
    public void WriteRow_TextThatLooksLikeAFormulaOrNumber_StaysText(string text)
    {
        using var book = XlsxTestFiles.Open(WriteRows([XlsxCell.Empty, XlsxCell.Empty, text]));
        var cell = book.Worksheet(1).Cell("C2");

        Assert.That(cell.HasFormula, Is.False);
        Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
        Assert.That(cell.GetString(), Is.EqualTo(text));
    }

    [TestCase("  eingerückt ")]
    [TestCase("Zeile 1\nZeile 2")]
    [TestCase("Müller & Söhne <GmbH> \"Nord\"")]
    [TestCase("Emoji 👍 ok")]
    public void WriteRow_Text_ComesBackUnchanged(string text)
    {
        using var book = XlsxTestFiles.Open(WriteRows([text]));

        Assert.That(book.Worksheet(1).Cell("A2").GetString(), Is.EqualTo(text));
    }

    [Test]
    public void WriteRow_TextContainingAnEscapeSequence_ProtectsTheUnderscore()
    {
        // Excel and LibreOffice read _x005F_ as "_"; ClosedXML 0.95.4 does not decode it, so check the stored XML.
        var bytes = WriteRows(["Steuer_x0041_Code"]);
        var text = XlsxTestFiles.Part(bytes, "xl/worksheets/sheet1.xml").Descendants().Last(e => e.Name.LocalName == "t").Value;

        Assert.That(text, Is.EqualTo("Steuer_x005F_x0041_Code"));
    }

    [Test]
    public void WriteRow_ControlCharacter_IsEscapedNotRejected()
    {
        using var book = XlsxTestFiles.Open(WriteRows(["a\u0001b"]));

        Assert.That(book.Worksheet(1).Cell("A2").GetString(), Is.EqualTo("a\u0001b"));
    }

    [Test]
    public void WriteRow_MoreCellsThanColumns_Throws()
    {
        Assert.That(() => WriteRows([1m, 2m, 3m, 4m, 5m, 6m]), Throws.ArgumentException);
    }

    [Test]
    public void WriteRow_AfterTotalRow_Throws()
    {
        Assert.That(() => Write(w =>
        {
            var sheet = w.AddSheet("Belegliste", BelegColumns);
            sheet.WriteTotalRow("Summe");
            sheet.WriteRow("B-1");
        }), Throws.InvalidOperationException);
    }
}
