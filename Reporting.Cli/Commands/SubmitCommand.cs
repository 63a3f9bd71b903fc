using System.CommandLine;
using Reporting.Core.Figures;
using Reporting.Core.Forms;
using Reporting.Core.Periods;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>submit --project ID --form F --period P [--on DATE] [--no-close]</c>: records that a report was handed in;
/// the deadline it meets becomes <c>submitted</c>, and a Quartalsbericht or proof of use closes its period.</summary>
public static class SubmitCommand
{
    /// <summary>The forms that are handed in per project and period.</summary>
    public static readonly IReadOnlyList<string> Forms = ["quarterly", FigureCalculator.ProofOfUseForm];

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
            var day = FiguresCommand.ResolveAsOf(parse.GetValue(on), context, "--on");
            var formKey = parse.GetValue(form)!;
            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var periods = PeriodCommandSupport.Periods(store);
            PeriodEntry entry;
            ReportingDeadlineText deadline;
            using (var read = store.OpenReader())
            {
                var snapshot = PeriodCommandSupport.Snapshot(read, parse.GetValue(project)!.Trim());
                var resolved = PeriodCommandSupport.ResolvePeriod(parse.GetValue(period), snapshot.Project, day);
                var at = context.Clock.GetUtcNow();
                var user = PeriodCommandSupport.User(context);
                var submission = new Submission(snapshot.Project.Id, formKey, resolved, day, at, user);
                var close = parse.GetValue(noClose) || snapshot.Ledger.ClosedFor(snapshot.Project.Id, resolved) is not null
                    ? null
                    : new ClosedPeriod(snapshot.Project.Id, resolved, day, at, user);
                var withSubmission = snapshot with { Ledger = snapshot.Ledger with { Submissions = [.. snapshot.Ledger.Submissions, submission] } };
                entry = new PeriodEntry(submission, close, close is null ? [] : FormBuilder.Freeze(withSubmission, resolved, day));
                deadline = ReportingDeadlineText.Of(withSubmission, resolved, day);
            }
            periods.Record(entry);
            var s = entry.Submission!;
            context.Out.WriteLine($"{s.Project}: {s.Form} {PeriodCommandSupport.Describe(s.Period)} submitted on "
                + $"{Core.Text.GermanFormat.IsoDate(s.SubmittedOn)}{deadline.Text}.");
            context.Out.WriteLine(entry.Close is not null
                ? $"{s.Project}: period {s.Period.Label} closed; its reports are rebuilt as submitted, and later imports change it only with --correction."
                : $"{s.Project}: period {s.Period.Label} left as it was ({(parse.GetValue(noClose) ? "--no-close" : "already closed")}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>", on time (due 2019-04-30)" when the submission meets a deadline.</summary>
    private sealed record ReportingDeadlineText(string Text)
    {
        public static ReportingDeadlineText Of(Core.Domain.ProjectSnapshot snapshot, Core.Domain.ReportingPeriod period, DateOnly day)
        {
            var met = FigureCalculator.Deadlines(snapshot.Project.Runtime, day, null, snapshot.Ledger.Submissions)
                .Where(d => d.Status == DeadlineStatus.Submitted && d.SubmittedOn == day)
                .FirstOrDefault(d => d.Kind == DeadlineKind.Final ? period.To == snapshot.Project.Runtime.End && period.From == snapshot.Project.Runtime.Start
                    : d.BudgetYear == period.From.Year && period.To.Year == period.From.Year);
            return new(met is null ? ""
                : $", {(met.SubmittedLate == true ? "late" : "on time")} (due {Core.Text.GermanFormat.IsoDate(met.Due)})");
        }
    }
}
