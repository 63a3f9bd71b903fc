using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Output;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary><c>report FORM (--project ID | --program ID | --funder F | --recipient R | --region R | --all) --period P --format xlsx,pdf,csv,json --out DIR</c></summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var form = new Argument<string>("form") { Description = $"Form: {string.Join(", ", FormKinds.All)}." };
        var scope = ScopeOptions.Create();
        var period = new Option<string?>("--period") { Description = "2018-07, 2018-Q3, 2018, runtime, 2018-01-01..2018-06-30, last-month, last-quarter, last-year (every form but mittelabruf)." };
        var on = new Option<string?>("--on") { Description = "mittelabruf: the day of the request (YYYY-MM-DD or DD.MM.YYYY; default today)." };
        var planned = new Option<string?>("--planned") { Description = "mittelabruf: CSV of cost category and amount due in the next two months (default: a forecast from the last three months)." };
        var format = new Option<string>("--format") { Description = "Comma-separated: xlsx, pdf, csv, json.", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string>("--out") { Description = "Output folder (created when missing).", DefaultValueFactory = _ => "." };
        var publish = new Option<bool>("--publish") { Description = "For publication: person counts of 1 or 2 in breakdowns are shown as * (with secondary suppression)." };
        var narrative = new Option<string?>("--narrative") { Description = "Sachbericht as a text or Markdown file (proof of use)." };
        var template = new Option<string?>("--template") { Description = "Use this form definition instead of the default in templates/." };
        var fonts = new Option<string?>("--fonts") { Description = "Folder with a regular and bold TrueType font for PDF output (default: $FUNDREPORTS_FONTS, else the built-in DejaVu Sans)." };
        var csvStyle = new Option<string>("--csv-style") { Description = "de (; , dd.MM.yyyy, BOM) or iso (, . yyyy-MM-dd, no BOM).", DefaultValueFactory = _ => "de" };

        var command = new Command("report", "Write a reporting form (Quartalsbericht, Verwendungsnachweis, Zielerreichung, Monatsexport, Mittelabruf)."
            + Examples.Of("fundingreports report quarterly --project SCLA-DO --period 2019-Q1 --format xlsx,pdf --out out/",
                "fundingreports report proof --project SCLA-DO --period runtime --narrative sachbericht.md --format pdf --out out/",
                "fundingreports report monthly --all --period last-month --format csv,xlsx --out exports/",
                "fundingreports report mittelabruf --project SCLA-DO --on 2018-05-15 --format pdf,xlsx --out out/"))
        {
            form, period, format, output, publish, narrative, template, csvStyle, fonts, on, planned,
        };
        scope.AddTo(command);
        command.SetAction(context, parse =>
        {
            var formName = parse.GetValue(form)!.Trim().ToLowerInvariant();
            var isFundsRequest = formName == Reporting.Core.Forms.Builders.MittelabrufReport.Form;
            if (parse.GetValue(period) is null && !isFundsRequest)
            {
                throw new CommandException(ExitCodes.Usage, "error: Option '--period' is required.");
            }
            if (!isFundsRequest && (parse.GetValue(on) is not null || parse.GetValue(planned) is not null))
            {
                throw new CommandException(ExitCodes.Usage, "error: --on and --planned belong to the form mittelabruf");
            }
            var periodSpec = isFundsRequest && parse.GetValue(period) is null
                ? ParseResult<PeriodSpec>.Ok(PeriodSpec.RuntimeSpec)
                : PeriodSpec.Parse(parse.GetValue(period));
            if (!periodSpec.Success)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {periodSpec.Error}");
            }
            var style = CsvStyle.Parse(parse.GetValue(csvStyle))
                ?? throw new CommandException(ExitCodes.Usage, "error: --csv-style must be de or iso");
            var job = new ReportJob(
                formName,
                scope.Read(parse),
                periodSpec.Value,
                parse.GetValue(format)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(f => f.ToLowerInvariant()).ToList(),
                context.Resolve(parse.GetValue(output)!),
                parse.GetValue(publish),
                parse.GetValue(narrative) is { } n ? context.Resolve(n) : null,
                parse.GetValue(template) is { } t ? context.Resolve(t) : null,
                style)
            {
                On = isFundsRequest ? FiguresCommand.ResolveAsOf(parse.GetValue(on), context, "--on") : null,
                PlannedPath = parse.GetValue(planned) is { } p ? context.Resolve(p) : null,
            };

            var reportContext = ReportErrors.ContextOf(context);
            if (parse.GetValue(fonts) is { } fontFolder)
            {
                reportContext = reportContext with { FontFolder = context.Resolve(fontFolder) };
            }
            var location = CommonOptions.DatabasePath(parse, context);
            var run = CurrentStore.Read(location, read => ReportService.Execute(read, job, reportContext));
            foreach (var file in run.Files)
            {
                context.Out.WriteLine(file.Path);
            }
            AuditRecording.Record(location, "report", [run], context);
            return ExitCodes.Ok;
        });
        return command;
    }
}
