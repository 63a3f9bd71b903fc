using System.CommandLine;
using Reporting.Core.Forms;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>close --project ID --period P</c>: freezes a period: its reports are rebuilt as they are now, and an import
/// that would change a record dated in it is refused unless it is a correction.</summary>
public static class CloseCommand
{
    public static Command Create(CliContext context)
    {
        var project = PeriodCommandSupport.Project();
        var period = PeriodCommandSupport.Period("to close");
        var asOf = FiguresCommand.AsOf();
        var command = new Command("close", "Close a period: freeze its Quartalsbericht and proof of use as they are now; later imports "
            + "that add, change or remove records dated in it are refused unless given --correction \"reason\"."
            + Examples.Of("fundingreports close --project SCLA-DO --period 2019-Q1", "fundingreports close --project SCLA-DO --period 2018 --as-of 2019-04-29"))
        {
            project, period, asOf,
        };
        command.SetAction(context, parse =>
        {
            var actor = PeriodCommandSupport.Actor(context, FiguresCommand.ResolveAsOf(parse.GetValue(asOf), context));
            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var outcome = PeriodService.Close(store, parse.GetValue(project)!, parse.GetValue(period), actor);
            context.Out.WriteLine(outcome.AlreadyClosed is { } closed
                ? $"{closed.Project}: period {PeriodCommandSupport.Describe(outcome.Period)} is already closed "
                    + $"(since {Core.Text.GermanFormat.IsoDate(DateOnly.FromDateTime(closed.ClosedAt.UtcDateTime))}); nothing to do."
                : $"{outcome.Recorded!.Project}: period {PeriodCommandSupport.Describe(outcome.Period)} closed; "
                    + "its reports are rebuilt as they are now, and later imports change it only with --correction.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
