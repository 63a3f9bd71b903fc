using System.Text;
using Reporting.Cli;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>Text from files and data reaches the terminal with its control characters escaped; machine formats on
/// standard output stay byte for byte what the writers produce.</summary>
public class TerminalOutputTests
{
    [TestCase("\u001b[31mrot\u001b[0m", @"\x1b[31mrot\x1b[0m", TestName = "Escape_ColourSequence_Visible")]
    [TestCase("a\rb", @"a\x0db", TestName = "Escape_LoneCarriageReturn_Visible")]
    [TestCase("a\r\nb", "a\r\nb", TestName = "Escape_LineEnd_Kept")]
    [TestCase("tab\there\nnext", "tab\there\nnext", TestName = "Escape_TabAndLineFeed_Kept")]
    [TestCase("\u009b2J\u0007\u0008\u007f", @"\x9b2J\x07\x08\x7f", TestName = "Escape_C1BellBackspaceDelete_Visible")]
    [TestCase("abc\u202Edef\u2066", @"abc\u202edef\u2066", TestName = "Escape_BidirectionalOverrides_Visible")]
    [TestCase("Müller 👩‍👩‍👧 مرحبا", "Müller 👩‍👩‍👧 مرحبا", TestName = "Escape_PrintableUnicode_Kept")]
    public void Escape(string text, string expected)
    {
        Assert.That(TerminalText.Escape(text), Is.EqualTo(expected));
    }

    [Test]
    public void EscapingWriter_ReturnSplitAcrossWrites_KeptOnlyBeforeALineFeed()
    {
        using var inner = new StringWriter();
        using var writer = TerminalText.Escaping(inner);

        writer.Write("a\r");
        writer.Write("\nb\r");
        writer.Write("c");
        writer.WriteLine("\u001b");

        Assert.That(inner.ToString(), Is.EqualTo("a\r\nb\\x0dc\\x1b" + inner.NewLine));
    }

    /// <summary>The steering characters in <paramref name="text"/>, compared ordinally (a culture-aware search ignores them).</summary>
    private static char[] RawControls(string text) => text.Where(c => c != '\n' && c != '\t' && char.IsControl(c)).ToArray();

    [Test]
    public void Import_HeaderWithTerminalEscapes_EchoedEscaped()
    {
        using var cli = new ReportCli(seed: false);
        File.WriteAllText(Path.Combine(cli.Dir, "evil.csv"), "Projekt-ID;\u001b[31mBOOM\u001b]0:pwned\u0007;Programm\r\nX;1;2\r\n");

        var (code, output, error) = cli.Run("import", "projects", "evil.csv");

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(RawControls(error + output), Is.Empty);
        Assert.That(error, Does.Contain(@"column \x1b[31mBOOM\x1b]0:pwned\x07: unknown column"));
    }

    [Test]
    public void Report_IdWithEscapes_MessageEscaped()
    {
        using var cli = new ReportCli();

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P\u001b[2J\u001b[H", "--period", "2018-Q2");

        Assert.That(code, Is.EqualTo(ExitCodes.NotFound));
        Assert.That(error.Trim(), Is.EqualTo(@"error: no project found for project P\x1b[2J\x1b[H"));
    }

    [Test]
    public void Figures_CsvOfAProjectNamedWithEscapes_ByteForByteWhatTheWriterMakes()
    {
        var project = SmallProject.As("P1", "Name \u001b[31mrot\u001b[0m\r");
        using var cli = ReportCli.With(project);

        var (code, output, _) = cli.Run("figures", "--project", "P1", "--period", "2018-Q2", "--format", "csv");

        using var expected = new MemoryStream();
        FiguresCsvWriter.Write(FigureCalculator.Compute(project, Core.Domain.ReportingPeriod.Quarter(2018, 2),
            new FigureOptions(Today: new DateOnly(2019, 1, 15))), expected, CsvStyle.German);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo(Encoding.UTF8.GetString(expected.ToArray())));
        Assert.That(output.Contains("\u001b[31mrot", StringComparison.Ordinal), Is.True, "machine output is not escaped");
    }

    [Test]
    public void Figures_TableOfAProjectNamedWithEscapes_Escaped()
    {
        using var cli = ReportCli.With(SmallProject.As("P1", "Name \u001b[31mrot"));

        var (code, output, _) = cli.Run("figures", "--project", "P1", "--period", "2018-Q2");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain(@"Name \x1b[31mrot"));
        Assert.That(RawControls(output), Is.Empty);
    }
}
