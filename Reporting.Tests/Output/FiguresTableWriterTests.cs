using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Output;

public class FiguresTableWriterTests
{
    private static List<string> Lines(ReportingPeriod period)
    {
        var figures = FigureCalculator.Compute(FiguresJsonWriterTests.Sample(), period);
        using var text = new StringWriter();
        FiguresTableWriter.Write(figures, text);
        return text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
    }

    [Test]
    public void Write_GermanFormatsAndAlignedColumns()
    {
        var lines = Lines(ReportingPeriod.Month(2018, 7));

        Assert.That(lines[0], Is.EqualTo("P1 Arbeit für İstanbul-Straße: Juli 2018 (01.07.2018 – 31.07.2018)"));
        Assert.That(lines.Single(l => l.Contains("  Zuwendung  ", StringComparison.Ordinal)), Does.EndWith("5.800.000,00 €"));
        Assert.That(lines.Single(l => l.Contains(" Platzbesetzung (Auslastung) ", StringComparison.Ordinal)), Does.EndWith("96,8 %"));
        var valueEnds = lines.Skip(2).Where(l => l.Length > 0).Select(l => l.Length).Distinct().ToList();
        Assert.That(valueEnds, Has.Count.EqualTo(1), "the value column is right-aligned");
    }

    [Test]
    public void Write_LabelsAreTheGermanOnesOfTheForms_NoEnglishKeys()
    {
        var lines = Lines(ReportingPeriod.Quarter(2018, 3));
        var text = string.Join("\n", lines);

        Assert.That(lines[2], Does.StartWith("Bereich").And.Contain("Kennzahl").And.Contain("Wert"));
        Assert.That(text, Does.Contain("Teilnehmende").And.Contain("Eintritte im Berichtszeitraum").And.Contain("Vermittlungen kumuliert"));
        Assert.That(text, Does.Contain("3. Quartal 2018 (01.07.2018 – 30.09.2018)"));
        foreach (var key in new[] { "participants", "entries", "placements_cumulative", "spent_cumulative", "breakdown_", "2018-Q3", "on_track", "off_track" })
        {
            Assert.That(text, Does.Not.Contain(key), key);
        }
    }
}
