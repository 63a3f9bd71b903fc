using System.CommandLine;
using System.Globalization;
using Reporting.Core.Audit;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>verify FILE</c>: is this a file a report run wrote, unaltered, and do its figures still hold for today's
/// records? Exit 0 unchanged, 7 changed (each differing figure with its recorded and current value) or altered, 3 a file
/// the audit trail does not know (docs/audit.md).</summary>
public static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A delivered xlsx, pdf, json or csv file." };
        var command = new Command("verify", "Check a delivered file against the audit trail: written by a recorded run and "
            + "unaltered (SHA-256), and its figures rebuilt from today's records with the run's options the same."
            + Examples.Of("fundingreports verify out/quartalsbericht_SCLA-DO_2019-Q1.xlsx --db data.db",
                "fundingreports verify exports/monatsexport_all_2019-01.csv"))
        {
            file,
        };
        command.SetAction(context, parse =>
        {
            var path = context.Resolve(parse.GetValue(file)!);
            if (!File.Exists(path))
            {
                throw new CommandException(ExitCodes.InvalidInput, $"error: {parse.GetValue(file)}: file not found");
            }
            var location = CommonOptions.DatabasePath(parse, context);
            using var store = StoreFactory.Open(location);
            store.EnsureCurrent();
            using var log = AuditLog.Open(location);
            Verification result;
            try
            {
                using var read = store.OpenReader();
                result = Verifier.Verify(log, read, path, ReportErrors.ContextOf(context));
            }
            catch (ReportException e)
            {
                throw e.ToCommandException();
            }
            return Print(result, parse.GetValue(file)!, context);
        });
        return command;
    }

    private static int Print(Verification result, string name, CliContext context)
    {
        var run = result.Run;
        string Describe(AuditEvent e) => string.Create(CultureInfo.InvariantCulture,
            $"run {e.RunId} ({e.Kind} {e.Form} {e.Scope} {e.Period}, recorded {e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss'Z'} by {e.User})");
        switch (result.Status)
        {
            case VerifyStatus.Unknown:
                throw new CommandException(ExitCodes.InvalidInput, result.RunId is { } id
                    ? $"error: {name}: unknown file: it names run {id}, which this database has not recorded (sha256 {result.Sha256})"
                    : $"error: {name}: unknown file: no run recorded in this database wrote it (sha256 {result.Sha256})");
            case VerifyStatus.Tampered:
                context.Out.WriteLine($"tampered: {name} names {Describe(run!)}, but its bytes are not those of any file that run "
                    + $"wrote: it was altered after it was written (sha256 {result.Sha256})");
                return ExitCodes.Changed;
        }
        foreach (var note in result.Notes)
        {
            context.Error.WriteLine($"note: {note}");
        }
        if (result.Status == VerifyStatus.Unchanged)
        {
            context.Out.WriteLine($"unchanged: {name} is {result.File!.FormKey} of {Describe(run!)}; rebuilt from today's records, every figure is the same");
            return ExitCodes.Ok;
        }
        if (result.FormGone)
        {
            context.Out.WriteLine($"changed: {name} is {result.File!.FormKey} of {Describe(run!)}; today's records no longer make this form");
            return ExitCodes.Changed;
        }
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"changed: {name} is {result.File!.FormKey} of {Describe(run!)}; {result.Changes.Count} figure(s) differ from today's records:"));
        foreach (var change in result.Changes)
        {
            context.Out.WriteLine($"  {change.Name}: was {Show(change.Recorded)}, now {Show(change.Now)}");
        }
        return ExitCodes.Changed;
    }

    private static string Show(string? value) => value ?? "(none)";
}
