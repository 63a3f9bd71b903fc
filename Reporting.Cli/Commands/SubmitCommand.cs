using System.CommandLine;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>submit --project ID --form F --period P [--on DATE] [--no-close]</c>: records that a report was handed in;
/// the deadline it meets becomes <c>submitted</c>, and a Quartalsbericht or proof of use closes its period.</summary>
public static class SubmitCommand
{
    /// <summary>The forms that are handed in per project and period.</summary>
    public static IReadOnlyList<string> Forms => PeriodService.SubmittedForms;

    public static Command Create(CliContext context)
    {
        var project = PeriodCommandSupport.Project();
        var form = new Option<string>("--form") { Description = "The form handed in: quarterly or proof.", Required = true }
            .AcceptOnlyFromAmong([.. Forms]);
        var period = PeriodCommandSupport.Period("the report covers");
        var on = new Option<string?>("--on") { Description = "The day it was handed in (YYYY-MM-DD or DD.MM.YYYY); default today." };
        var noClose = new Option<bool>("--no-close") { Description = "Record the submission but leave the period open." };
        var command = new Command("submit", "Record that a report was handed in: its deadline becomes 'submitted' (on time or late) "
            + "in every output, and the period is closed (its report frozen as submitted) unless --no-close."
            + Examples.Of(
                "fundingreports submit --project SCLA-DO --form quarterly --period 2019-Q1 --on 2019-04-10",
                "fundingreports submit --project SCLA-DO --form proof --period 2018 --on 2019-04-29",
                "fundingreports submit --project SCLA-DO --form proof --period 2018 --no-close"))
        {
            project, form, period, on, noClose,
        };
        command.SetAction(context, parse =>
        {
            var actor = PeriodCommandSupport.Actor(context, FiguresCommand.ResolveAsOf(parse.GetValue(on), context, "--on"));
            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var outcome = PeriodService.Submit(store, parse.GetValue(project)!, parse.GetValue(form)!, parse.GetValue(period), actor,
                parse.GetValue(noClose));
            var s = outcome.Submission;
            var deadline = outcome.MetDeadline is { } met
                ? $", {(met.SubmittedLate == true ? "late" : "on time")} (due {Core.Text.GermanFormat.IsoDate(met.Due)})"
                : "";
            var again = outcome.HandedInBefore is { } first
                ? $" (handed in before on {Core.Text.GermanFormat.IsoDate(first)}; the earlier day counts)"
                : "";
            context.Out.WriteLine($"{s.Project}: {s.Form} {PeriodCommandSupport.Describe(s.Period)} submitted on "
                + $"{Core.Text.GermanFormat.IsoDate(s.SubmittedOn)}{deadline}{again}.");
            context.Out.WriteLine(outcome.Entry.Close is not null
                ? $"{s.Project}: period {s.Period.Label} closed; its reports are rebuilt as submitted, and later imports change it only with --correction."
                : $"{s.Project}: period {s.Period.Label} left as it was ({(parse.GetValue(noClose) ? "--no-close" : "already closed")}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
