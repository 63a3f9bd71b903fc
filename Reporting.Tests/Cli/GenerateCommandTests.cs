using Reporting.Cli;

namespace Reporting.Tests.Cli;

public class GenerateCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-cli-generate-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private (int Code, string[] Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error, _dir, _ => null, TimeProvider.System));
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error.ToString());
    }

    [Test]
    public void Generate_Sizes_WritesTheSevenFilesIntoOutAndCountsTheirRows()
    {
        var (code, output, error) = Run("generate", "--projects", "3", "--participants", "40", "--vouchers", "500", "--out", "set");

        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "set")).Select(Path.GetFileName), Is.EquivalentTo(new[]
        {
            "programs.csv", "projects.csv", "budget_lines.csv", "participants.csv", "placements.csv", "expenditures.csv", "disbursements.csv",
        }));
        Assert.That(output, Does.Contain("projects.csv: 3 rows").And.Contain("participants.csv: 40 rows").And.Contain("expenditures.csv: 500 rows"));
        Assert.That(output[^1], Does.Match(@"^\d+ rows in .* s \(\d+ rows/s\) into .*; most vouchers: [A-Z-]+-\d{5}$"));
    }

    [TestCase("--projects", "0", "error: --projects must be at least 1")]
    [TestCase("--vouchers", "-5", "error: --vouchers must not be negative")]
    [TestCase("--only-project", "XX-00001", "error: --only-project: 'XX-00001' is not a project of this data set (ids run from BP-LZA-00001 to LP-AIA-00003)")]
    public void Generate_BadSize_ExitsWithUsageAndWritesNothing(string option, string value, string message)
    {
        string[] projects = option == "--projects" ? [] : ["--projects", "3"];
        var (code, _, error) = Run(["generate", .. projects, option, value, "--out", "set"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.Trim(), Is.EqualTo(message));
        Assert.That(Directory.Exists(Path.Combine(_dir, "set")), Is.False);
    }

    [Test]
    public void Generate_WithoutOut_ExitsWithUsage()
    {
        Assert.That(Run("generate", "--projects", "3").Code, Is.EqualTo(ExitCodes.Usage));
    }
}
