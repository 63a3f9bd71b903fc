using ClosedXML.Excel;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class StreamingXlsxWriterTests
{
    [Test]
    public void Dispose_DocumentInfo_IsInTheCoreProperties()
    {
        var info = Info with { Keywords = "VN-NRW v2", Company = "Jobcenter Dortmund" };

        using var book = XlsxTestFiles.Open(Write(w => w.AddSheet("Belegliste", BelegColumns), info));

        Assert.That(book.Properties.Title, Is.EqualTo("Belegliste"));
        Assert.That(book.Properties.Subject, Is.EqualTo("Projekt 4711, 2018"));
        Assert.That(book.Properties.Author, Is.EqualTo("FundingReports"));
        Assert.That(book.Properties.Keywords, Is.EqualTo("VN-NRW v2"));
        Assert.That(book.Properties.Created.ToUniversalTime(), Is.EqualTo(new DateTime(2018, 12, 31, 10, 15, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Dispose_CreatedDate_IsWrittenInUtc()
    {
        var info = Info with { Created = new DateTimeOffset(2018, 12, 31, 11, 15, 0, TimeSpan.FromHours(1)) };

        var core = XlsxTestFiles.Part(Write(w => w.AddSheet("Belegliste", BelegColumns), info), "docProps/core.xml");

        Assert.That(core.Descendants().Single(e => e.Name.LocalName == "created").Value, Is.EqualTo("2018-12-31T10:15:00Z"));
    }

    [Test]
    public void Dispose_Package_HasAllParts()
    {
        var parts = XlsxTestFiles.PartNames(Write(w => w.AddSheet("Belegliste", BelegColumns)));

        Assert.That(parts, Is.EqualTo(new[]
        {
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
        }));
    }

    [Test]
    public void AddSheet_SeveralSheets_AreAllThereInOrder()
    {
        using var book = XlsxTestFiles.Open(Write(w =>
        {
            w.AddSheet("Einnahmen", BelegColumns).WriteRow("E-1");
            w.AddSheet("Ausgaben", BelegColumns).WriteRow("A-1");
            w.AddSheet("Belegliste", BelegColumns).WriteRow("B-1");
        }));

        Assert.That(book.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "Einnahmen", "Ausgaben", "Belegliste" }));
        Assert.That(book.Worksheet("Ausgaben").Cell("A2").GetString(), Is.EqualTo("A-1"));
        Assert.That(book.Worksheet("Belegliste").AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A1:E2"));
    }

    /// <summary>ClosedXML 0.95.4 hands out a formula's cached value as the stored text.</summary>
    private static decimal CachedNumber(IXLCell cell) => decimal.Parse(Convert.ToString(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void WriteTotalRow_SubtotalFormula_CachesOurSum()
    {
        using var book = XlsxTestFiles.Open(WriteReport(dataRows: 4));
        var total = book.Worksheet(1).Cell("D6");

        Assert.That(total.FormulaA1, Is.EqualTo("SUBTOTAL(9,D2:D5)"));
        Assert.That(CachedNumber(total), Is.EqualTo(1000m));
        Assert.That(total.Style.Font.Bold, Is.True);
        Assert.That(total.Style.NumberFormat.Format, Is.EqualTo("#,##0.00 \"€\""));
    }

    [Test]
    public void WriteRow_FiveThousandRows_AllReadBackIntact()
    {
        const int Rows = 5000;
        var bytes = Write(w =>
        {
            var sheet = w.AddSheet("Belegliste", BelegColumns);
            for (var i = 1; i <= Rows; i++)
            {
                sheet.WriteRow($"B-{i:D5}", new DateOnly(2018, 1, 1).AddDays(i % 365), $"=Zeile {i}", i + 0.01m, i / 10000m);
            }
            sheet.WriteTotalRow("Summe", XlsxCell.Empty, XlsxCell.Empty, XlsxCell.Formula(sheet.SubtotalSum(3), 12_502_550.00m));
        });

        using var book = XlsxTestFiles.Open(bytes);
        var sheet = book.Worksheet(1);
        var dataRows = sheet.Rows(2, Rows + 1).ToList();

        Assert.That(sheet.LastRowUsed().RowNumber(), Is.EqualTo(Rows + 2));
        Assert.That(dataRows.Select(r => r.Cell(1).GetString()), Is.EqualTo(Enumerable.Range(1, Rows).Select(i => $"B-{i:D5}")));
        Assert.That(dataRows.Select(r => r.Cell(3).GetString()), Is.EqualTo(Enumerable.Range(1, Rows).Select(i => $"=Zeile {i}")));
        Assert.That(dataRows.Select(r => r.Cell(4).GetValue<decimal>()), Is.EqualTo(Enumerable.Range(1, Rows).Select(i => i + 0.01m)));
        Assert.That(dataRows.Sum(r => r.Cell(4).GetValue<decimal>()), Is.EqualTo(12_502_550.00m));
        Assert.That(sheet.Cell(Rows + 2, 4).FormulaA1, Is.EqualTo("SUBTOTAL(9,D2:D5001)"));
        Assert.That(CachedNumber(sheet.Cell(Rows + 2, 4)), Is.EqualTo(12_502_550.00m));
    }

    [Test]
    public void Dispose_SheetNameWithApostrophe_IsQuotedInDefinedNames()
    {
        var workbook = XlsxTestFiles.Part(WriteEverything(), "xl/workbook.xml");
        var filters = workbook.Descendants().Where(e => e.Name.LocalName == "definedName" && (string?)e.Attribute("name") == "_xlnm._FilterDatabase");

        Assert.That(filters.Select(e => e.Value), Is.EqualTo(new[] { "'Belegliste'!$A$2:$E$4", "'O''Brien'!$A$1:$A$2" }));
    }

    [Test]
    public void WriteRow_OnASheetCompletedByTheNextAddSheet_Throws()
    {
        Assert.That(() => Write(w =>
        {
            var first = w.AddSheet("Einnahmen", BelegColumns);
            w.AddSheet("Ausgaben", BelegColumns);
            first.WriteRow("E-1");
        }), Throws.TypeOf<ObjectDisposedException>());
    }

    [Test]
    public void Text_LongerThanExcelsCellLimit_IsCutToTheLimitWithAMark()
    {
        var cell = XlsxCell.Text(new string('x', XlsxCell.MaxTextLength + 1));

        Assert.That(cell.TextValue, Has.Length.EqualTo(XlsxCell.MaxTextLength));
        Assert.That(cell.TextValue, Does.EndWith("x… [gekürzt]"));
    }
}
