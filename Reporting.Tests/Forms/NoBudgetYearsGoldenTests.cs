using Reporting.Cli;
using Reporting.Tests.Cli;

namespace Reporting.Tests.Forms;

/// <summary>A project whose financing plan has no budget years keeps its outputs byte for byte: the Offenbach sample's
/// forms in csv and json are compared with the files in <c>Golden/NoBudgetYears</c>, written before budget years
/// existed. On a difference the new file is written beside the expected one as <c>.actual</c>.</summary>
public class NoBudgetYearsGoldenTests
{
    private static readonly string Golden = Path.Combine(RepoPaths.Root, "Reporting.Tests", "Golden", "NoBudgetYears");

    [TestCase("proof", "2019", TestName = "Zwischennachweis 2019")]
    [TestCase("proof", "runtime", TestName = "Verwendungsnachweis")]
    [TestCase("quarterly", "2019-Q2", TestName = "Quartalsbericht 2019-Q2")]
    public void Forms_ProjectWithoutBudgetYears_SameBytesAsBefore(string form, string period)
    {
        using var cli = new ReportCli(seed: false);
        var imported = cli.Run([
            "import", .. Directory.GetFiles(Path.Combine(RepoPaths.Samples, "offenbach-pro-arbeit"), "*.csv").Order(StringComparer.Ordinal)]);
        Assert.That(imported.Code, Is.EqualTo(ExitCodes.Ok), imported.Error);

        var (code, _, error) = cli.Run("report", form, "--project", "OF-PC-2018", "--period", period, "--format", "csv,json", "--out", "out");

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var written = Directory.GetFiles(cli.Out).Order(StringComparer.Ordinal).ToList();
        Assert.That(written, Is.Not.Empty);
        foreach (var file in written)
        {
            var expectedPath = Path.Combine(Golden, Path.GetFileName(file));
            var actual = File.ReadAllBytes(file);
            if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("FUNDREPORTS_WRITE_GOLDEN") == "1")
            {
                Directory.CreateDirectory(Golden);
                File.WriteAllBytes(expectedPath, actual);
            }
            Assert.That(File.Exists(expectedPath), Is.True, $"{Path.GetFileName(file)} has no expected file");
            var same = File.ReadAllBytes(expectedPath).AsSpan().SequenceEqual(actual);
            if (!same)
            {
                File.WriteAllBytes(expectedPath + ".actual", actual);
            }
            Assert.That(same, Is.True, $"{Path.GetFileName(file)} differs from its golden file (see .actual)");
        }
        Assert.That(Directory.GetFiles(Golden, Path.GetFileNameWithoutExtension(written[0]).Split('.')[0] + "*")
            .Where(f => !f.EndsWith(".actual", StringComparison.Ordinal)).Count(), Is.EqualTo(written.Count), "no file went missing");
    }
}
