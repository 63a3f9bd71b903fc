using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Output;

public class FiguresCsvWriterTests
{
    private static byte[] Csv(CsvStyle style, bool publish = false)
    {
        var figures = FigureCalculator.Compute(FiguresJsonWriterTests.Sample(), ReportingPeriod.Month(2018, 7));
        using var stream = new MemoryStream();
        FiguresCsvWriter.Write(publish ? Confidentiality.Apply(figures) : figures, stream, style);
        return stream.ToArray();
    }

    private static string[] Lines(byte[] bytes, int skip) => Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip).Split("\r\n");

    [Test]
    public void Write_GermanStyle_BomSemicolonDecimalCommaGermanDates()
    {
        var bytes = Csv(CsvStyle.German);
        var lines = Lines(bytes, 3);

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(lines[0], Is.EqualTo("section;figure;key;value"));
        Assert.That(lines, Does.Contain("project;to;;31.07.2018"));
        Assert.That(lines, Does.Contain("funding;grant;;5800000,00"));
        Assert.That(lines, Does.Contain("participants;occupancy;;0,967742"));
        Assert.That(lines, Does.Contain("participants;entries;;3"));
        Assert.That(lines, Does.Contain("funding;cost_per_placement;;1234,00"));
    }

    [Test]
    public void Write_IsoStyle_CommaPointIsoDatesNoBom()
    {
        var bytes = Csv(CsvStyle.Iso);
        var lines = Lines(bytes, 0);

        Assert.That(bytes[0], Is.EqualTo((byte)'s'));
        Assert.That(lines, Does.Contain("project,to,,2018-07-31"));
        Assert.That(lines, Does.Contain("funding,grant,,5800000.00"));
        Assert.That(lines, Does.Contain("participants,occupancy,,0.967742"));
    }

    [Test]
    public void Write_TextStartingWithFormulaCharacter_GetsApostropheButNegativeNumbersStayNumbers()
    {
        var lines = Lines(Csv(CsvStyle.German), 3);

        Assert.That(lines, Does.Contain("cost_category;spent;'=material;-0,50"));
    }

    [TestCase("=SUM(A1)", "'=SUM(A1)")]
    [TestCase("+49 231", "'+49 231")]
    [TestCase("-x", "'-x")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase("\tx", "'\tx")]
    [TestCase("\rx", "'\rx")]
    [TestCase("|calc", "'|calc")]
    [TestCase("＝1+1", "'＝1+1")]
    [TestCase("＋1", "'＋1")]
    [TestCase("－1", "'－1")]
    [TestCase("＠SUM(A1)", "'＠SUM(A1)")]
    [TestCase("｜calc", "'｜calc")]
    [TestCase(" =1", " =1")]
    [TestCase("Straße", "Straße")]
    [TestCase("", "")]
    public void Defuse_FormulaLeadCharacters_Prefixed(string text, string expected)
    {
        Assert.That(CsvTableWriter.Defuse(text), Is.EqualTo(expected));
    }

    [Test]
    public void Write_NegativeAmountAndFormulaText_NumberStaysNumberTextIsDefused()
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, CsvStyle.Iso, ["amount", "text", "count"],
            [[FigureCell.Euro(Money.Euros(-5m)), FigureCell.Of("-5"), new FigureCell(FigureCellKind.Count, -3)]]);

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("amount,text,count\r\n-5.00,'-5,-3\r\n"));
    }

    [Test]
    public void Write_FieldWithDelimiterQuoteOrNewline_Quoted()
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, CsvStyle.Iso, ["a", "b"], [[FigureCell.Of("x, \"y\""), FigureCell.Of("l1\nl2")]]);

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("a,b\r\n\"x, \"\"y\"\"\",\"l1\nl2\"\r\n"));
    }

    [Test]
    public void Write_Published_SuppressedCellsAreStars()
    {
        var lines = Lines(Csv(CsvStyle.German, publish: true), 3);

        Assert.That(lines, Does.Contain("breakdown_gender;entries;m;*"));
        Assert.That(lines, Does.Contain("breakdown_gender;entries;total;3"));
    }

    [Test]
    public void WriteTargets_RowsThenTotal()
    {
        var overview = TargetsOverview.Build("all", [FiguresJsonWriterTests.Sample()], D(2018, 7, 31));
        using var stream = new MemoryStream();

        FiguresCsvWriter.WriteTargets(overview, stream, CsvStyle.Iso);

        var lines = Lines(stream.ToArray(), 0);
        Assert.That(lines[0], Does.StartWith("project_id,project_name,program_id,target_placements,placements_cumulative,attainment,"));
        Assert.That(lines[1], Does.StartWith("P1,Arbeit für İstanbul-Straße,PRG,210,1,0.004762,"));
        Assert.That(lines[2], Does.StartWith("total,all,,210,1,0.004762,"));
    }
}
