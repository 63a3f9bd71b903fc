using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public partial class StreamingXlsxWriterTests
{
    private static byte[] WriteEverything() => Write(w =>
    {
        var print = XlsxPrintSetup.ForReport("Anlage 2", "Müller & Partner", "2018", landscape: true);
        var list = w.AddSheet("Belegliste", BelegColumns, printSetup: print, titleLines: ["Stichtag: 31.12.2018"]);
        list.WriteRow("B-1", new DateOnly(2018, 7, 1), "  =Miete ", XlsxCell.Euro(-50.00m), XlsxCell.Percent(0.719m));
        list.WriteRow(XlsxCell.Integer(7), XlsxCell.Empty, "a\u0001b", 1234.56m);
        list.WriteTotalRow("Summe", XlsxCell.Empty, XlsxCell.Empty, XlsxCell.Formula(list.SubtotalSum(3), 1184.56m));
        w.AddSheet("O'Brien", [new XlsxColumn("Wert", 8)], freezeHeaderRow: false,
            printSetup: new XlsxPrintSetup { RepeatHeaderRow = false, FooterRight = "" }).WriteRow(1m);
    });

    [Test]
    public void Package_AllFeatures_IsValidAgainstTheOpenXmlSchema()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(WriteEverything()), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Package_UnderTurkishAndPersianCulture_IsByteForByteTheSame()
    {
        var expected = WriteEverything();
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "fa-IR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.That(WriteEverything(), Is.EqualTo(expected), name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Test]
    public void Package_EntryTimes_AreTheCreationTimeNotTheClock()
    {
        // Zip keeps a wall-clock time without zone: the UTC creation time, whatever the machine's zone.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(WriteEverything()));

        Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct(), Is.EqualTo(new[] { new DateTime(2018, 12, 31, 10, 15, 0) }));
    }
}
