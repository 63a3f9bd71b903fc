using Reporting.Cli;

namespace Reporting.Tests.Cli;

/// <summary>The progress line of <c>import</c> through the whole command: on a terminal it counts the rows and is
/// cleared before the summary; with standard error redirected (every other test, and every script) nothing of it is
/// written.</summary>
public class ImportProgressTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDataSet()
    {
        _dir = Directory.CreateTempSubdirectory("fr-cli-progress-").FullName;
        var code = CliApp.Run(["generate", "--projects", "2", "--participants", "9000", "--vouchers", "9000", "--seed", "3", "--out", "set"],
            new CliContext(new StringWriter(), new StringWriter(), _dir, _ => null, TimeProvider.System));
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string[] Files => Directory.GetFiles(Path.Combine(_dir, "set"), "*.csv").Order(StringComparer.Ordinal)
        .Select(f => Path.Combine("set", Path.GetFileName(f))).ToArray();

    [Test]
    public void Import_StandardErrorRedirected_PrintsNoProgressAtAll()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // A clock on which every look takes a second: a terminal would see the line at once.
        var context = new CliContext(output, error, _dir, _ => null, new ManualClock(TimeSpan.FromSeconds(1)));

        var code = CliApp.Run(["import", .. Files, "--db", "data.db"], context);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(error.ToString(), Is.Empty);
        Assert.That(output.ToString(), Does.Not.Contain("\r").And.Not.Contain("rows …"));
    }

    [Test]
    public void Import_StandardErrorATerminal_CountsTheRowsAndClearsTheLineBeforeTheSummary()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var terminal = new StringWriter();
        var context = new CliContext(output, error, _dir, _ => null, new ManualClock(TimeSpan.FromSeconds(1)))
        {
            ErrorTerminal = terminal,
            TerminalWidth = 120,
        };

        var code = CliApp.Run(["import", .. Files, "--db", "data.db"], context);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(error.ToString(), Is.Empty);
        var shown = terminal.ToString();
        var lines = shown.Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()).Where(s => s.Length > 0).ToList();
        Assert.That(lines, Does.Contain("import set/participants.csv: 4,096 rows …"));
        Assert.That(lines, Does.Contain("import set/expenditures.csv: 8,192 rows …"));
        Assert.That(lines.Where(l => l.StartsWith("import: writing ", StringComparison.Ordinal)), Has.Exactly(1).Items);
        Assert.That(shown, Does.Match(@"\r +\r$"), "the line is cleared at the end");
        Assert.That(output.ToString(), Does.Contain("set/participants.csv: 9000 participants imported"));
    }
}
