using System.Text;
using Reporting.Core.Import;

namespace Reporting.Tests.Import;

/// <summary>The streaming reader: RFC 4180 cells and physical line numbers.</summary>

public class CsvFileTests
{
    [TestCase("a;b;c\n1;2;3\n", ';', TestName = "Semicolon header")]
    [TestCase("a,b,c\n1,2,3\n", ',', TestName = "Comma header")]
    [TestCase("\"x,y\";b\n", ';', TestName = "Comma inside quotes does not count")]
    [TestCase("\"x;y\",b\n", ',', TestName = "Semicolon inside quotes does not count")]
    public void DetectDelimiter_FromHeaderOutsideQuotes(string text, char expected)
    {
        Assert.That(CsvFile.DetectDelimiter(text), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_QuotedFields_KeepDelimiterQuotesAndNewlines()
    {
        var csv = ReadAll("a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\n");

        Assert.That(csv.Records, Has.Count.EqualTo(1));
        Assert.That(csv.Records[0].Fields, Is.EqualTo(new[] { "x;y", "say \"hi\"", "two\nlines" }));
    }

    [Test]
    public void Parse_EmbeddedNewline_NextRecordStartsOnItsPhysicalLine()
    {
        var csv = ReadAll("a;b\r\n1;\"one\r\ntwo\r\nthree\"\r\n2;x\r\n");

        Assert.That(csv.Header.Line, Is.EqualTo(1));
        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 2, 5 }));
    }

    [Test]
    public void Parse_BlankLines_AreSkippedButCounted()
    {
        var csv = ReadAll("a;b\n\n1;2\n\n\n3;4");

        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 3, 6 }));
        Assert.That(csv.Records[1].Fields, Is.EqualTo(new[] { "3", "4" }));
    }

    [Test]
    public void Parse_UnclosedQuote_ReportsTheLineItOpened()
    {
        var csv = ReadAll("a;b\n1;2\n3;\"open\n");

        Assert.That(csv.UnterminatedQuoteLine, Is.EqualTo(3));
    }

    [Test]
    public void Parse_LoneCarriageReturns_CountAsLineBreaks()
    {
        var csv = ReadAll("a;b\r1;\"x\ry\"\r2;3\r");

        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(csv.Records[0].Fields[1], Is.EqualTo("x\ry"));
    }

    [Test]
    public void Parse_LineOverOneMegabyte_IsRefusedNamingTheLine()
    {
        var csv = ReadAll("a;b\n1;2\n3;" + new string('x', CsvFile.MaxLineChars + 10) + "\n4;5\n");

        Assert.That(csv.TooLongLine, Is.EqualTo(3));
        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 2 }), "nothing after the long line is read");
    }

    [Test]
    public void Open_Utf8File_IsStreamedFromBytesWithTheSameLines()
    {
        var file = new ImportFile("x.csv", new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("a;b\n\"ü\nö\";2\n3;4\n")).ToArray());
        using var csv = CsvFile.Open(file);

        var lines = new List<(int, string)>();
        while (csv.Read() is { } r)
        {
            lines.Add((r.Line, r.Fields[0]));
        }

        Assert.That(lines, Is.EqualTo(new[] { (1, "a"), (2, "ü\nö"), (4, "3") }));
        Assert.That(csv.Encoding.CodePage, Is.EqualTo(65001));
    }

    private sealed record Read(CsvRecord Header, List<CsvRecord> Records, int? UnterminatedQuoteLine, int? TooLongLine);

    private static Read ReadAll(string text)
    {
        using var csv = CsvFile.Parse(text);
        var header = csv.Read()!;
        var records = new List<CsvRecord>();
        while (csv.Read() is { } r)
        {
            records.Add(r);
        }
        return new Read(header, records, csv.UnterminatedQuoteLine, csv.TooLongLine);
    }

    [Test]
    public void Parse_FormulaLookingCells_AreKeptExactly()
    {
        var csv = ReadAll("a;b;c\n=SUM(A1);@cmd;\"\tx\"\n");

        Assert.That(csv.Records[0].Fields, Is.EqualTo(new[] { "=SUM(A1)", "@cmd", "\tx" }));
    }
}
