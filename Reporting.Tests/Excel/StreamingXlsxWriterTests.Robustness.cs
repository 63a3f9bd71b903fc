using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

/// <summary>Whatever the stored data holds, the writer produces a valid workbook: over-long texts are cut as documented,
/// characters XML cannot hold are escaped (cells) or replaced (everywhere else), and a failure surfaces as itself.</summary>
public partial class StreamingXlsxWriterTests
{
    /// <summary>Every character XML 1.0 cannot hold, plus tab, line feed and carriage return, which it can.</summary>
    private static readonly string Hostile = string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i))
        + "\uD800" + "x\uDC00" + "\uFFFE\uFFFF" + "👍" + "_x0041_" + "&<>\"'";

    private static string LongName(int length) => string.Concat(Enumerable.Repeat("Müller & Söhne ", length / 15 + 1))[..length];

    [Test]
    public void AddSheet_ProjectNameOf300Characters_HeaderIsCutTo255AndTheFileOpens()
    {
        var print = XlsxPrintSetup.ForReport("Verwendungsnachweis (proof v1)", LongName(300), "Projektlaufzeit (01.01.2018 – 31.12.2019)");

        var bytes = WriteReport(print);
        var header = XlsxTestFiles.Part(bytes, "xl/worksheets/sheet1.xml").Descendants().Single(e => e.Name.LocalName == "oddHeader").Value;
        using var book = XlsxTestFiles.Open(bytes);
        var left = book.Worksheet(1).PageSetup.Header.Left.GetText(XLHFOccurrence.OddPages);

        Assert.That(header, Has.Length.LessThanOrEqualTo(XlsxPrintSetup.MaxHeaderFooterLength));
        Assert.That(left, Does.StartWith("Verwendungsnachweis (proof v1)\nMüller && Söhne").And.EndWith("…"));
        Assert.That(header, Does.EndWith("&RProjektlaufzeit (01.01.2018 – 31.12.2019)"), "the short period stays whole");
    }

    [TestCase("&&&&&&&&&&", TestName = "Fit_CutInDoubledAmpersands_KeepsWholePairs")]
    [TestCase("👍👍👍👍👍👍👍👍👍👍", TestName = "Fit_CutInSurrogatePairs_KeepsWholeCharacters")]
    [TestCase("&P&N&A&P&N&A&P&N", TestName = "Fit_CutInPageCodes_KeepsWholeCodes")]
    [TestCase("&\"Arial,Bold\"&12&KFF0000x", TestName = "Fit_CutInFontCodes_KeepsWholeCodes")]
    public void Fit_LongSection_IsCutBetweenWholeCodesAndCharacters(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 40));

        var (left, _, _) = XlsxHeaderFooter.Fit(text, "", "");
        var kept = left[..^XlsxText.Ellipsis.Length];

        Assert.That(("&L" + left).Length, Is.LessThanOrEqualTo(XlsxPrintSetup.MaxHeaderFooterLength));
        Assert.That(left, Does.EndWith(XlsxText.Ellipsis));
        Assert.That(text, Does.StartWith(kept));
        Assert.That(XlsxHeaderFooter.CutLine(text, kept.Length), Is.EqualTo(kept), "the cut is at a token boundary");
        Assert.That(char.IsHighSurrogate(kept[^1]), Is.False);
    }

    [Test]
    public void Fit_LongLinesInTwoSections_ShortensTheLongestFirst()
    {
        var (left, center, right) = XlsxHeaderFooter.Fit("Form\n" + new string('a', 200), "", new string('b', 100));

        Assert.That(("&L" + left + "&R" + right).Length, Is.EqualTo(XlsxPrintSetup.MaxHeaderFooterLength));
        Assert.That(right, Is.EqualTo(new string('b', 100)));
        Assert.That(left, Does.StartWith("Form\naaaa").And.EndWith("a…"));
        Assert.That(center, Is.Empty);
    }

    [Test]
    public void WriteRow_DateBeforeExcelsFirstDate_IsWrittenAsGermanDateText()
    {
        using var book = XlsxTestFiles.Open(WriteRows([XlsxCell.Empty, new DateOnly(1899, 12, 31)]));
        var cell = book.Worksheet(1).Cell("B2");

        Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
        Assert.That(cell.GetString(), Is.EqualTo("31.12.1899"));
    }

    [Test]
    public void WriteRow_VerticalTabFromWord_ReadsBackAsIt()
    {
        using var book = XlsxTestFiles.Open(WriteRows(["Zeile eins\u000bZeile zwei"]));

        Assert.That(book.Worksheet(1).Cell("A2").GetString(), Is.EqualTo("Zeile eins\u000bZeile zwei"));
    }

    [Test]
    public void WriteRow_TextOf40000Characters_IsCutTo32767EndingInTheMark()
    {
        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Zeile {i:D4}."));

        using var book = XlsxTestFiles.Open(WriteRows([text]));
        var read = book.Worksheet(1).Cell("A2").GetString();

        Assert.That(read, Has.Length.EqualTo(XlsxCell.MaxTextLength));
        Assert.That(read, Does.EndWith(XlsxText.CutMark));
        Assert.That(text, Does.StartWith(read[..^XlsxText.CutMark.Length]));
    }

    [Test]
    public void Text_CutFallingInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = new string('x', XlsxCell.MaxTextLength - XlsxText.CutMark.Length - 1) + string.Concat(Enumerable.Repeat("👍", 10));

        var cut = XlsxCell.Text(text).TextValue!;

        Assert.That(cut, Is.EqualTo(new string('x', XlsxCell.MaxTextLength - XlsxText.CutMark.Length - 1) + XlsxText.CutMark));
    }

    private static byte[] WriteHostileEverywhere() => Write(w =>
    {
        var print = XlsxPrintSetup.ForReport(Hostile, Hostile, Hostile) with { FooterLeft = XlsxHeaderFooter.Literal(Hostile) };
        var name = XlsxSheetName.Safe("Liste" + Hostile, []);
        var sheet = w.AddSheet(name, [new XlsxColumn(Hostile, 20), new XlsxColumn("Betrag", 14, XlsxStyle.Euro)],
            printSetup: print, titleLines: [Hostile]);
        sheet.WriteRow(Hostile, 1.5m);
        foreach (var c in Hostile)
        {
            sheet.WriteRow("a" + c + "b");
        }
        sheet.WriteTotalRow(Hostile, XlsxCell.Formula(sheet.SubtotalSum(1), 1.5m));
        w.AddSheet(XlsxSheetName.Safe(Hostile, [name]), [XlsxColumn.Fit(Hostile)]).WriteRow(Hostile);
    }, Info with { Title = Hostile, Subject = Hostile, Creator = Hostile, Keywords = Hostile, Description = Hostile, Company = Hostile });

    [Test]
    public void Package_EveryInvalidCharacterInEveryKindOfText_IsValidAgainstTheOpenXmlSchema()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(WriteHostileEverywhere()), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Package_EveryInvalidCharacterInCells_ReadsBackUnchanged()
    {
        using var book = XlsxTestFiles.Open(WriteHostileEverywhere());
        var sheet = book.Worksheet(1);
        // ClosedXML 0.95.4 does not decode _x005F_ (Excel and LibreOffice do), so the protected literal is compared as stored.
        string Read(IXLCell cell) => cell.GetString().Replace("_x005F_x0041_", "_x0041_", StringComparison.Ordinal);

        Assert.That(Read(sheet.Cell("A1")), Is.EqualTo(Hostile), "title line");
        Assert.That(Read(sheet.Cell("A2")), Is.EqualTo(Hostile), "column header");
        Assert.That(Read(sheet.Cell("A3")), Is.EqualTo(Hostile), "data cell");
        Assert.That(Enumerable.Range(0, Hostile.Length).Select(i => sheet.Cell(4 + i, 1).GetString()),
            Is.EqualTo(Hostile.Select(c => "a" + c + "b")), "each character alone");
        Assert.That(Read(sheet.Cell(4 + Hostile.Length, 1)), Is.EqualTo(Hostile), "total row");
        Assert.That(Read(book.Worksheet(2).Cell("A2")), Is.EqualTo(Hostile), "fitted column");
    }

    [Test]
    public void Package_EveryInvalidCharacterOutsideCells_IsReplacedAndTheRestKept()
    {
        var bytes = WriteHostileEverywhere();
        using var book = XlsxTestFiles.Open(bytes);
        // As in cells, ClosedXML leaves the protected underscore of a literal "_x0041_" as stored.
        var footer = book.Worksheet(1).PageSetup.Footer.Left.GetText(XLHFOccurrence.OddPages).Replace("_x005F_x0041_", "_x0041_", StringComparison.Ordinal);
        // Controls become spaces, lone surrogates and U+FFFE/U+FFFF the replacement character.
        var cleaned = new string(' ', 0x20) + "\uFFFD" + "x\uFFFD" + "\uFFFD\uFFFD" + "👍" + "_x0041_" + "&<>\"'";

        Assert.That(book.Properties.Title, Is.EqualTo(cleaned));
        Assert.That(book.Properties.Author, Is.EqualTo(cleaned));
        Assert.That(book.Properties.Company, Is.EqualTo(cleaned));
        Assert.That(footer, Is.EqualTo(cleaned.Replace("&", "&&", StringComparison.Ordinal)), "header/footer: one line, ampersand doubled");
        Assert.That(book.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "Liste", "\uFFFDx\uFFFD\uFFFD\uFFFD👍-x0041_&<>\"" }));
        Assert.That(book.Worksheets.Select(s => XlsxSheetName.Problem(s.Name)), Is.All.Null);
    }

    [TestCase("Belegliste", "Belegliste")]
    [TestCase("Einnahmen/Ausgaben", "Einnahmen_Ausgaben")]
    [TestCase("'Nord'", "Nord")]
    [TestCase("Zeile\u000bzwei", "Zeile zwei")]
    [TestCase("   ", XlsxSheetName.Fallback)]
    [TestCase("History", "History (1)")]
    [TestCase("Steuer_x0041_", "Steuer-x0041_")]
    [TestCase("Verwendungsnachweis Projekt 4711 Nord", "Verwendungsnachweis Projekt 471")]
    [TestCase("Verwendungsnachweis Projekt 47👍", "Verwendungsnachweis Projekt 47")]
    public void Safe_SheetName_FollowsExcelsRules(string name, string expected)
    {
        var safe = XlsxSheetName.Safe(name, []);

        Assert.That(safe, Is.EqualTo(expected));
        Assert.That(XlsxSheetName.Problem(safe), Is.Null);
    }

    [Test]
    public void Safe_NameTakenIgnoringCase_IsNumbered()
    {
        Assert.That(XlsxSheetName.Safe("belegliste", ["Belegliste", "Belegliste (2)"]), Is.EqualTo("belegliste (3)"));
        Assert.That(XlsxSheetName.Safe(new string('x', 40), [new string('x', 31)]), Is.EqualTo(new string('x', 27) + " (2)"));
    }

    [Test]
    public void Dispose_OutputFailsWhileASheetIsOpen_TheOutputsErrorSurfaces()
    {
        var output = new FailingStream(failAfterBytes: 20_000);

        void WriteMany()
        {
            using var writer = new StreamingXlsxWriter(output, Info);
            var sheet = writer.AddSheet("Belegliste", BelegColumns);
            for (var i = 0; i < 100_000; i++)
            {
                sheet.WriteRow($"B-{i}", new DateOnly(2018, 7, 1), $"Zweck {i * 7919}", i * 1.01m, 0.5m);
            }
        }

        Assert.That(WriteMany, Throws.TypeOf<IOException>().With.Message.EqualTo(FailingStream.Message));
    }

    [Test]
    public void Abort_WithASheetOpen_DisposeWritesNothingMoreAndDoesNotThrow()
    {
        var stream = new MemoryStream();
        var writer = new StreamingXlsxWriter(stream, Info, leaveOpen: true);
        writer.AddSheet("Belegliste", BelegColumns).WriteRow("B-1");

        writer.Abort();

        Assert.That(writer.Dispose, Throws.Nothing);
        Assert.That(() => writer.AddSheet("Ausgaben", BelegColumns), Throws.TypeOf<ObjectDisposedException>());
        Assert.That(XlsxTestFiles.PartNames(stream.ToArray()), Is.EqualTo(new[] { "xl/worksheets/sheet1.xml" }), "no workbook parts after abort");
    }

    /// <summary>An output that fails like a full disk after some bytes.</summary>
    private sealed class FailingStream(long failAfterBytes) : MemoryStream
    {
        public const string Message = "No space left on device";

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > failAfterBytes)
            {
                throw new IOException(Message);
            }
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override bool CanSeek => false;
    }
}
