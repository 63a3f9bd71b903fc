using System.CommandLine;
using Reporting.Core.Storage;

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
            var path = CommonOptions.DatabasePath(parse, context);
            using var store = StoreFactory.Open(path, create: true);
            var before = store.SchemaVersion;
            store.Migrate();
            var after = store.SchemaVersion;
            var shown = StoreFactory.Display(path);
            context.Out.WriteLine(before == after
                ? $"{shown}: schema version {after} is current; nothing to do."
                : before == 0
                    ? $"{shown}: created (schema version {after})."
                    : $"{shown}: upgraded from schema version {before} to {after}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
