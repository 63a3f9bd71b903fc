using System.CommandLine;

namespace Reporting.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "TODO");
        command.SetAction(context, _ => throw new CommandException(ExitCodes.Unexpected, "not implemented yet"));
        return command;
    }
}
