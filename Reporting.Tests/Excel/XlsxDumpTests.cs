using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public class XlsxDumpTests
{
    [Test]
    public void Lines_StreamedReport_ShowsEverySettingAndCell()
    {
        var stream = new MemoryStream();
        using (var writer = new StreamingXlsxWriter(stream, new XlsxDocumentInfo("t", "s", "c", new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)), leaveOpen: true))
        {
            var sheet = writer.AddSheet("Belege", [new XlsxColumn("Datum", 11, XlsxStyle.Date), new XlsxColumn("Text", 20), new XlsxColumn("Betrag", 14, XlsxStyle.Euro)],
                printSetup: XlsxPrintSetup.ForReport("Anlage 2", "P 4711", "2018"));
            sheet.WriteRow(new DateOnly(2018, 7, 31), "=Miete", 1234.56m);
            sheet.WriteRow(new DateOnly(2018, 8, 1), "Strom", -50.00m);
            sheet.WriteTotalRow(XlsxCell.Empty, "Summe", XlsxCell.Formula(sheet.SubtotalSum(2), 1184.56m));
        }

        Assert.That(XlsxDump.Lines(stream.ToArray()), Is.EqualTo(new[]
        {
            "Belege: frozen rows 1, autofilter A1:C3",
            "Belege: print A4Paper Portrait fit 1x0, title rows 1-1",
            "Belege: header \"Anlage 2\\nP 4711||2018\", footer \"||Seite &P von &N\"",
            "Belege!A1 = \"Datum\" (text, bold)",
            "Belege!B1 = \"Text\" (text, bold)",
            "Belege!C1 = \"Betrag\" (text, bold)",
            "Belege!A2 = 2018-07-31 (date, dd.mm.yyyy)",
            "Belege!B2 = \"=Miete\" (text)",
            "Belege!C2 = 1234.56 (number, #,##0.00 \"€\")",
            "Belege!A3 = 2018-08-01 (date, dd.mm.yyyy)",
            "Belege!B3 = \"Strom\" (text)",
            "Belege!C3 = -50 (number, #,##0.00 \"€\")",
            "Belege!B4 = \"Summe\" (text, bold)",
            "Belege!C4 = =SUBTOTAL(9,C2:C3) → 1184.56 (formula, #,##0.00 \"€\", bold)",
        }));
    }
}
