using System.CommandLine;

namespace Reporting.Cli.Commands;

public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "TODO");
        command.SetAction(context, _ => throw new CommandException(ExitCodes.Unexpected, "not implemented yet"));
        return command;
    }
}
