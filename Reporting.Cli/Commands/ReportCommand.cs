using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>report FORM (--project ID | --program ID | --funder F | --recipient R | --region R | --all) --period P --format xlsx,pdf,csv,json --out DIR</c></summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var form = new Argument<string>("form") { Description = $"Form: {string.Join(", ", FormKinds.All)}." };
        var scope = ScopeOptions.Create();
        var period = new Option<string>("--period") { Description = "2018-07, 2018-Q3, 2018, runtime, 2018-01-01..2018-06-30, last-month, last-quarter, last-year.", Required = true };
        var format = new Option<string>("--format") { Description = "Comma-separated: xlsx, pdf, csv, json.", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string>("--out") { Description = "Output folder (created when missing).", DefaultValueFactory = _ => "." };
        var publish = new Option<bool>("--publish") { Description = "For publication: person counts of 1 or 2 in breakdowns are shown as * (with secondary suppression)." };
        var narrative = new Option<string?>("--narrative") { Description = "Sachbericht as a text or Markdown file (proof of use)." };
        var template = new Option<string?>("--template") { Description = "Use this form definition instead of the default in templates/." };
        var fonts = new Option<string?>("--fonts") { Description = "Folder with a regular and bold TrueType font for PDF output (default: $FUNDREPORTS_FONTS, else the built-in DejaVu Sans)." };
        var csvStyle = new Option<string>("--csv-style") { Description = "de (; , dd.MM.yyyy, BOM) or iso (, . yyyy-MM-dd, no BOM).", DefaultValueFactory = _ => "de" };

        var command = new Command("report", "Write a reporting form (Quartalsbericht, Verwendungsnachweis, Zielerreichung, Monatsexport).")
        {
            form, period, format, output, publish, narrative, template, csvStyle, fonts,
        };
        scope.AddTo(command);
        command.SetAction(context, parse =>
        {
            var periodSpec = PeriodSpec.Parse(parse.GetValue(period));
            if (!periodSpec.Success)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {periodSpec.Error}");
            }
            var style = CsvStyle.Parse(parse.GetValue(csvStyle))
                ?? throw new CommandException(ExitCodes.Usage, "error: --csv-style must be de or iso");
            var job = new ReportJob(
                parse.GetValue(form)!.Trim().ToLowerInvariant(),
                scope.Read(parse),
                periodSpec.Value,
                parse.GetValue(format)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(f => f.ToLowerInvariant()).ToList(),
                context.Resolve(parse.GetValue(output)!),
                parse.GetValue(publish),
                parse.GetValue(narrative) is { } n ? context.Resolve(n) : null,
                parse.GetValue(template) is { } t ? context.Resolve(t) : null,
                style);

            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            try
            {
                var reportContext = ReportErrors.ContextOf(context);
                if (parse.GetValue(fonts) is { } fontFolder)
                {
                    reportContext = reportContext with { FontFolder = context.Resolve(fontFolder) };
                }
                foreach (var file in ReportService.Run(store.Load(), job, reportContext))
                {
                    context.Out.WriteLine(file);
                }
            }
            catch (ReportException e)
            {
                throw e.ToCommandException();
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
