using Reporting.Cli;

namespace Reporting.Tests.Cli;

public class HelpTests
{
    private static IEnumerable<string> Commands() =>
        CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, ".", _ => null, TimeProvider.System)).Subcommands
            .Select(c => c.Name).ToList();

    [TestCaseSource(nameof(Commands))]
    public void Help_OfEveryCommand_EndsItsDescriptionWithAnExample(string command)
    {
        using var cli = new ReportCli(seed: false);

        var (code, output, _) = cli.Run(command, "--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("Examples:").And.Contain($"fundingreports {command}"));
    }
}
