using System.CommandLine;
using Reporting.Core.Setup;

namespace Reporting.Cli.Commands;

/// <summary><c>init</c>: creates the database schema, or upgrades an older one in place.</summary>
public static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Create the database, or upgrade an older one to the current schema (data is kept)."
            + Examples.Of("fundingreports init --db data.db"));
        command.SetAction(context, parse =>
        {
            context.Out.WriteLine(DatabaseSetup.Init(CommonOptions.DatabasePath(parse, context)).Message);
            return ExitCodes.Ok;
        });
        return command;
    }
}
