using ClosedXML.Excel;
using Reporting.Core.Forms;
using static Reporting.Tests.Rendering.RenderFixtures;

namespace Reporting.Tests.Rendering;

/// <summary>Print and sheet settings of every form's xlsx, read back with ClosedXML.</summary>
public sealed class ExcelFormLayoutTests
{
    [TestCaseSource(typeof(RenderFixtures), nameof(SmallCases))]
    public void Xlsx_EveryForm_PrintsOnA4FittedToWidthWithHeaderFooterAndIsProtected(FormCase form)
    {
        var document = form.Build();
        var h = document.Header;
        using var book = new XLWorkbook(new MemoryStream(Xlsx(document)));

        Assert.That(book.Properties.Title, Is.EqualTo($"{h.Title} – {h.ScopeLabel} – {h.PeriodName}"));
        Assert.That(book.Worksheets.Select(s => s.Name), Is.EqualTo(document.Sections.Select(s => s.Sheet).Distinct()));
        foreach (var sheet in book.Worksheets)
        {
            var page = sheet.PageSetup;
            var header = string.Join("|", page.Header.Left.GetText(XLHFOccurrence.OddPages), page.Header.Right.GetText(XLHFOccurrence.OddPages));
            var footer = page.Footer.Right.GetText(XLHFOccurrence.OddPages);
            Assert.Multiple(() =>
            {
                Assert.That(page.PaperSize, Is.EqualTo(XLPaperSize.A4Paper), sheet.Name);
                Assert.That((page.PagesWide, page.PagesTall), Is.EqualTo((1, 0)), $"{sheet.Name}: one page wide, as many pages tall as needed");
                Assert.That(header, Does.Contain(h.FormId).And.Contain(h.ScopeLabel), sheet.Name);
                Assert.That(page.Header.Right.GetText(XLHFOccurrence.OddPages), Does.Contain(h.PeriodName), sheet.Name);
                Assert.That(footer, Is.EqualTo("Seite &P von &N"), sheet.Name);
                Assert.That(sheet.IsProtected, Is.True, sheet.Name);
            });
        }
    }

    private static IEnumerable<TestCaseData> ListCases() => SmallCases().Where(c => ((FormCase)c.Arguments[0]!).Form != "quarterly");

    [TestCaseSource(nameof(ListCases))]
    public void Xlsx_ListSheets_HaveFrozenHeaderAutofilterAndPrintTitles(FormCase form)
    {
        var document = form.Build();
        var listSheets = document.Sections.Where(s => s.Blocks.OfType<TableBlock>().Any(t => t.IsList)).Select(s => s.Sheet).Distinct().ToList();
        using var book = new XLWorkbook(new MemoryStream(Xlsx(document)));

        Assert.That(listSheets, Is.Not.Empty, "Belegliste, Projekte, Monatswerte");
        foreach (var name in listSheets)
        {
            var sheet = book.Worksheet(name);
            var header = sheet.SheetView.SplitRow;
            var list = document.Sections.Where(s => s.Sheet == name).SelectMany(s => s.Blocks).OfType<TableBlock>().First(t => t.IsList);
            Assert.Multiple(() =>
            {
                Assert.That(header, Is.GreaterThan(0), $"{name}: frozen header row");
                Assert.That(sheet.Cell(header, 1).GetString(), Is.EqualTo(list.Columns[0].Label), $"{name}: the frozen row is the header");
                Assert.That(sheet.AutoFilter.IsEnabled, Is.True, name);
                Assert.That(sheet.AutoFilter.Range.RangeAddress.FirstAddress.RowNumber, Is.EqualTo(header), name);
                Assert.That(sheet.AutoFilter.Range.ColumnCount(), Is.EqualTo(list.Columns.Count), name);
                Assert.That(sheet.PageSetup.LastRowToRepeatAtTop, Is.EqualTo(header), $"{name}: header repeated on every printed page");
            });
        }
    }

    [TestCaseSource(typeof(RenderFixtures), nameof(SmallCases))]
    public void Xlsx_EveryForm_UsesTheGermanNumberFormatsOfItsValueKinds(FormCase form)
    {
        var document = form.Build();
        var kinds = document.Blocks.OfType<FieldsBlock>().SelectMany(b => b.Fields.Select(f => f.Value))
            .Concat(document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows.SelectMany(r => r.Cells)))
            .Where(v => v.Number is not null || v.Date is not null).Select(v => v.Kind).Distinct();
        using var book = new XLWorkbook(new MemoryStream(Xlsx(document)));

        var formats = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.Style.NumberFormat.Format).ToHashSet();

        Assert.That(formats, Is.SupersetOf(kinds.Select(WorkbookReadBack.Format).Where(f => f.Length > 0)));
        Assert.That(formats, Is.SubsetOf(new[] { "", "@", "#,##0.00 \"€\"", "0.0 %", "dd.mm.yyyy", "#,##0", "#,##0.00" }));
    }

    [Test]
    public void Xlsx_QuarterlySmallProject_UsesAllFourFormatCodes()
    {
        using var book = new XLWorkbook(new MemoryStream(Xlsx(Build(DataSetOf(Small), "quarterly", Core.Reports.ReportScope.Project("P1"), "2018-Q2"))));

        var formats = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.Style.NumberFormat.Format).ToHashSet();

        Assert.That(formats, Is.SupersetOf(new[] { "#,##0.00 \"€\"", "0.0 %", "dd.mm.yyyy", "#,##0" }));
    }
}
