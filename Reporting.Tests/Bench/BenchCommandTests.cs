using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Bench;

/// <summary>The bench command on tiny sizes: it runs and reports; no timings are asserted.</summary>
public class BenchCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("fr-bench-test-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("monthly", "--rows", "100", "xlsx", "monthly xlsx: 100 rows,")]
    [TestCase("monthly", "--rows", "100", "csv", "monthly csv: 100 rows,")]
    [TestCase("belegliste", "--vouchers", "100", "pdf", "belegliste pdf: 100 rows, ")]
    [TestCase("belegliste", "--vouchers", "100", "xlsx", "belegliste xlsx: 100 rows,")]
    public void Bench_TinySize_ExitsZeroAndKeepsTheFileInOut(string what, string countOption, string count, string format, string line)
    {
        var (code, output, error) = Run("bench", what, countOption, count, "--format", format, "--out", "kept");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.StartWith(line));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "kept"), "*." + format), Is.Not.Empty);
    }

    [TestCase("xlsx", "xlsx: 100 rows,")]
    [TestCase("pdf", "pdf: 100 rows, 3 pages,")]
    public void Bench_LowLevelWriterTinySize_ExitsZeroAndPrintsRowsAndPages(string what, string line)
    {
        var (code, output, error) = Run("bench", what, "--rows", "100");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.StartWith(line));
    }

    [Test]
    public void Bench_FormatTheBenchCannotWrite_ExitsWithUsage()
    {
        var (code, _, error) = Run("bench", "monthly", "--rows", "100", "--format", "pdf");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--format must be xlsx or csv"));
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _dir, name => name == "FUNDREPORTS_TEMPLATES" ? RepoPaths.Templates : null,
            new FixedClock(new DateTimeOffset(2021, 3, 31, 9, 0, 0, TimeSpan.Zero)));
        return (CliApp.Run(args, context), output.ToString(), error.ToString());
    }
}
