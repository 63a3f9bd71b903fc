using System.CommandLine;

namespace Reporting.Cli.Commands;

public static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "TODO");
        command.SetAction(context, _ => throw new CommandException(ExitCodes.Unexpected, "not implemented yet"));
        return command;
    }
}
