using ClosedXML.Excel;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Reports;
using Reporting.Tests.Support;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>List sheets take their column widths from the data: every value fits its column (within the cap), longer
/// free text wraps. Widths are read back with ClosedXML in characters, as Excel's column-width dialog shows them.</summary>
public sealed class ExcelColumnWidthTests
{
    private static DataSet WithVouchers(params (string No, string? Payee, string? Purpose, decimal Amount)[] vouchers)
    {
        var s = SmallProject.Snapshot();
        var snapshot = s with
        {
            Expenditures = [.. vouchers.Select((v, i) => new Expenditure(s.Project.Id, v.No, new DateOnly(2018, 3, 1 + i), "SACH", Money.Euros(v.Amount), v.Payee, v.Purpose))],
        };
        return new DataSet([snapshot.Program], [snapshot]);
    }

    private static IXLWorksheet Belegliste(XLWorkbook book) => book.Worksheet("Belegliste");

    private static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(sheet.SheetView.SplitRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    [Test]
    public void Belegliste_VoucherNumberOf24Characters_FitsItsColumn()
    {
        const string Voucher = "RE-2018-000123456-NORD-7";
        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(WithVouchers((Voucher, "Stadtwerke", "Strom", 120.50m), ("V2", "A", "B", 1m)),
            "proof", ReportScope.Project("P1"), "runtime"))));
        var sheet = Belegliste(book);

        Assert.That(Voucher, Has.Length.EqualTo(24));
        Assert.That(sheet.Column(Column(sheet, "Beleg-Nr.")).Width, Is.GreaterThanOrEqualTo(Voucher.Length));
    }

    [Test]
    public void Belegliste_ShortValues_GiveNarrowColumnsNotTheTemplatesFixedWidths()
    {
        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(WithVouchers(("V1", "A", "B", 1m)), "proof", ReportScope.Project("P1"), "runtime"))));
        var sheet = Belegliste(book);

        // "Beleg-Nr." is the widest value: 9 characters in bold, plus room for the filter button.
        Assert.That(sheet.Column(Column(sheet, "Beleg-Nr.")).Width, Is.EqualTo(12).Within(0.72));
    }

    [Test]
    public void Belegliste_AmountColumn_IsAsWideAsTheLongestFormattedAmount()
    {
        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(WithVouchers(("V1", "A", "B", 1_234_567.89m)), "proof", ReportScope.Project("P1"), "runtime"))));
        var sheet = Belegliste(book);

        // "1.234.567,89 €" is 14 characters; the total row shows the same amount in bold (15.4).
        Assert.That(sheet.Column(Column(sheet, "Betrag")).Width, Is.GreaterThanOrEqualTo(15.4 + 2));
    }

    [Test]
    public void Belegliste_LongPurpose_IsCappedAndWraps()
    {
        var purpose = string.Concat(Enumerable.Repeat("Honorar für die Schulung der Teilnehmenden ", 5));
        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(WithVouchers(("V1", "A", purpose, 10m)), "proof", ReportScope.Project("P1"), "runtime"))));
        var sheet = Belegliste(book);
        var column = Column(sheet, "Grund der Zahlung");
        var cell = sheet.RowsUsed().First(r => r.Cell(3).GetString() == "V1").Cell(column);

        Assert.That(sheet.Column(column).Width, Is.EqualTo(50).Within(0.72));
        Assert.That(cell.GetString(), Is.EqualTo(purpose));
        Assert.That(cell.Style.Alignment.WrapText, Is.True);
        Assert.That(sheet.Row(sheet.SheetView.SplitRow).Cell(column).Style.Alignment.WrapText, Is.True, "the header of a wrapping column wraps too");
    }

    [TestCaseSource(typeof(RenderFixtures), nameof(RenderFixtures.AllCases))]
    public void Xlsx_EveryListSheet_EveryValueFitsItsColumnOrWraps(FormCase form)
    {
        var document = form.Build();
        using var book = new XLWorkbook(new MemoryStream(Xlsx(document)));

        foreach (var name in document.Sections.Where(s => s.Blocks.OfType<TableBlock>().Any(t => t.IsList)).Select(s => s.Sheet).Distinct())
        {
            var sheet = book.Worksheet(name);
            var header = sheet.SheetView.SplitRow;
            foreach (var cell in sheet.CellsUsed().Where(c => c.Address.RowNumber >= header))
            {
                var shown = Core.Excel.ExcelDisplayText.Of(cell);
                var width = sheet.Column(cell.Address.ColumnNumber).Width;
                Assert.That(cell.Style.Alignment.WrapText || width >= shown.Length, Is.True,
                    $"{name}!{cell.Address}: '{shown}' ({shown.Length} characters) in a column {width} wide");
            }
        }
    }
}
