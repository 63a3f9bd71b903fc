using System.CommandLine;
using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>purge --project ID --before DATE [--force] [--dry-run]</c>: deletes the participant-level records past their
/// retention period; the reports of closed periods stay as submitted (frozen at the close).</summary>
public static class PurgeCommand
{
    public static Command Create(CliContext context)
    {
        var project = PeriodCommandSupport.Project();
        var before = new Option<string>("--before")
        {
            Description = "Delete participants who left before this day (YYYY-MM-DD or DD.MM.YYYY) and have no placement on or after it, with their placements.",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Purge even records dated in periods that are not closed." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be deleted, but delete nothing." };
        var command = new Command("purge", "Delete participant-level records (participants and their placements) past their retention "
            + "period; refused for records in periods that are not closed, unless --force. Each purge is recorded."
            + Examples.Of("fundingreports purge --project SCLA-DO --before 2020-01-01 --dry-run",
                "fundingreports purge --project SCLA-DO --before 2020-01-01",
                "fundingreports purge --project SCLA-DO --before 2020-01-01 --force"))
        {
            project, before, force, dryRun,
        };
        command.SetAction(context, parse =>
        {
            var day = FiguresCommand.ResolveAsOf(parse.GetValue(before), context, "--before");
            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var id = parse.GetValue(project)!.Trim();
            var dry = parse.GetValue(dryRun);
            var outcome = PeriodService.Purge(store, id, day, parse.GetValue(force), dry, PeriodCommandSupport.Actor(context, day));
            var shown = Core.Text.GermanFormat.IsoDate(day);
            var counts = string.Create(CultureInfo.InvariantCulture,
                $"{(dry ? "would delete" : "deleted")} {outcome.Participants} participants who left before {shown} and their {outcome.Placements} placements");
            context.Out.WriteLine($"{id}: {counts}"
                + (outcome.OpenDays.Count > 0 ? " (--force: some lie in periods that are not closed)" : "")
                + (dry ? "; nothing was deleted (--dry-run)." : "; the purge is recorded."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
