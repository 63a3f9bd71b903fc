using Reporting.Core.Import;

namespace Reporting.Tests.Import;

public class CsvTextTests
{
    [TestCase("a;b;c\n1;2;3\n", ';', TestName = "Semicolon header")]
    [TestCase("a,b,c\n1,2,3\n", ',', TestName = "Comma header")]
    [TestCase("\"x,y\";b\n", ';', TestName = "Comma inside quotes does not count")]
    [TestCase("\"x;y\",b\n", ',', TestName = "Semicolon inside quotes does not count")]
    public void DetectDelimiter_FromHeaderOutsideQuotes(string text, char expected)
    {
        Assert.That(CsvText.DetectDelimiter(text), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_QuotedFields_KeepDelimiterQuotesAndNewlines()
    {
        var csv = CsvText.Parse("a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\n");

        Assert.That(csv.Records, Has.Count.EqualTo(1));
        Assert.That(csv.Records[0].Fields, Is.EqualTo(new[] { "x;y", "say \"hi\"", "two\nlines" }));
    }

    [Test]
    public void Parse_EmbeddedNewline_NextRecordStartsOnItsPhysicalLine()
    {
        var csv = CsvText.Parse("a;b\r\n1;\"one\r\ntwo\r\nthree\"\r\n2;x\r\n");

        Assert.That(csv.Header.Line, Is.EqualTo(1));
        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 2, 5 }));
    }

    [Test]
    public void Parse_BlankLines_AreSkippedButCounted()
    {
        var csv = CsvText.Parse("a;b\n\n1;2\n\n\n3;4");

        Assert.That(csv.Records.Select(r => r.Line), Is.EqualTo(new[] { 3, 6 }));
        Assert.That(csv.Records[1].Fields, Is.EqualTo(new[] { "3", "4" }));
    }

    [Test]
    public void Parse_UnclosedQuote_ReportsTheLineItOpened()
    {
        var csv = CsvText.Parse("a;b\n1;2\n3;\"open\n");

        Assert.That(csv.UnterminatedQuoteLine, Is.EqualTo(3));
    }

    [Test]
    public void Parse_FormulaLookingCells_AreKeptExactly()
    {
        var csv = CsvText.Parse("a;b;c\n=SUM(A1);@cmd;\"\tx\"\n");

        Assert.That(csv.Records[0].Fields, Is.EqualTo(new[] { "=SUM(A1)", "@cmd", "\tx" }));
    }
}
