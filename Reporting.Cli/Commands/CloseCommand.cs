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
            var day = FiguresCommand.ResolveAsOf(parse.GetValue(asOf), context);
            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var periods = PeriodCommandSupport.Periods(store);
            PeriodEntry entry;
            using (var read = store.OpenReader())
            {
                var snapshot = PeriodCommandSupport.Snapshot(read, parse.GetValue(project)!.Trim());
                var resolved = PeriodCommandSupport.ResolvePeriod(parse.GetValue(period), snapshot.Project, day);
                if (snapshot.Ledger.ClosedFor(snapshot.Project.Id, resolved) is { } closed)
                {
                    context.Out.WriteLine($"{snapshot.Project.Id}: period {PeriodCommandSupport.Describe(resolved)} is already closed "
                        + $"(since {Core.Text.GermanFormat.IsoDate(DateOnly.FromDateTime(closed.ClosedAt.UtcDateTime))}); nothing to do.");
                    return ExitCodes.Ok;
                }
                var close = new ClosedPeriod(snapshot.Project.Id, resolved, day, context.Clock.GetUtcNow(), PeriodCommandSupport.User(context));
                entry = new PeriodEntry(null, close, FormBuilder.Freeze(snapshot, resolved, day));
            }
            periods.Record(entry);
            context.Out.WriteLine($"{entry.Close!.Project}: period {PeriodCommandSupport.Describe(entry.Close.Period)} closed; "
                + "its reports are rebuilt as they are now, and later imports change it only with --correction.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
