using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Output;

public class FiguresTableWriterTests
{
    [Test]
    public void Write_GermanFormatsAndAlignedColumns()
    {
        var figures = FigureCalculator.Compute(FiguresJsonWriterTests.Sample(), ReportingPeriod.Month(2018, 7));
        using var text = new StringWriter();

        FiguresTableWriter.Write(figures, text);

        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines[0], Is.EqualTo("P1 Arbeit für İstanbul-Straße: 2018-07 (01.07.2018 – 31.07.2018)"));
        Assert.That(lines.Single(l => l.Contains(" grant ", StringComparison.Ordinal)), Does.EndWith("5.800.000,00 €"));
        Assert.That(lines.Single(l => l.Contains(" occupancy ", StringComparison.Ordinal)), Does.EndWith("96,8 %"));
        var valueEnds = lines.Skip(2).Where(l => l.Length > 0).Select(l => l.Length).Distinct().ToList();
        Assert.That(valueEnds, Has.Count.EqualTo(1), "the value column is right-aligned");
    }
}
