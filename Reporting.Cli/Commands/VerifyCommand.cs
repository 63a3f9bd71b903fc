using System.CommandLine;
using Reporting.Core.Audit;

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
            var name = parse.GetValue(file)!;
            var report = VerifyReport.Check(CommonOptions.DatabasePath(parse, context), context.Resolve(name), name,
                ReportErrors.ContextOf(context));
            report.Write(context.Out, context.Error);
            return report.Status == VerifyStatus.Unchanged ? ExitCodes.Ok : ExitCodes.Changed;
        });
        return command;
    }
}
