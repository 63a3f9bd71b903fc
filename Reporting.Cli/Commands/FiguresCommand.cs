using System.CommandLine;
using System.Globalization;
using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Output;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary><c>figures --project ID --period P</c>: every figure of figures.md for one project and period.</summary>
public static class FiguresCommand
{
    public static Command Create(CliContext context)
    {
        var project = new Option<string>("--project") { Description = "Project id (Projekt-ID).", Required = true };
        var period = new Option<string>("--period")
        {
            Description = "2018-07, 2018-Q3, 2018, runtime, 2018-01-01..2018-06-30, last-month, last-quarter or last-year (cut to the project's runtime).",
            DefaultValueFactory = _ => "runtime",
        };
        var format = Format();
        var csvStyle = CsvStyleOption();
        var publish = Publish();
        var asOf = AsOf();
        var command = new Command("figures", "Show the figures of one project for a period (participants, placements, funding, breakdowns)."
            + Examples.Of("fundingreports figures --project SCLA-DO --period 2019-Q1", "fundingreports figures --project SCLA-DO --period runtime --format json --publish"))
        {
            project, period, format, csvStyle, publish, asOf,
        };
        command.SetAction(context, parse =>
        {
            var spec = PeriodSpec.Parse(parse.GetValue(period));
            if (!spec.Success)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {spec.Error}");
            }
            var today = ResolveAsOf(parse.GetValue(asOf), context);
            var id = new ProjectId(parse.GetValue(project)!.Trim());

            var published = parse.GetValue(publish);
            var figures = FiguresLookup.Project(CommonOptions.DatabasePath(parse, context), id, spec.Value, today, published);

            switch (parse.GetValue(format))
            {
                case "json":
                    Emit(context, s => FiguresJsonWriter.Write(figures, s, published));
                    break;
                case "csv":
                    Emit(context, s => FiguresCsvWriter.Write(figures, s, Style(parse.GetValue(csvStyle))));
                    break;
                default:
                    FiguresTableWriter.Write(figures, context.Out);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // Options and helpers shared with TargetsCommand.

    internal static Option<string> Format() => new Option<string>("--format")
    {
        Description = "table (readable, German formats), json or csv.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json", "csv");

    internal static Option<string> CsvStyleOption() => new Option<string>("--csv-style")
    {
        Description = "de: ';', decimal comma, dd.MM.yyyy, UTF-8 with BOM (default); iso: ',', decimal point, ISO dates, no BOM.",
        DefaultValueFactory = _ => "de",
    }.AcceptOnlyFromAmong("de", "iso");

    internal static Option<bool> Publish() => new("--publish")
    {
        Description = "For publication: person counts of 1 or 2 in breakdowns (and cells they could be worked out from) become '*'.",
    };

    internal static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The day to judge against instead of today (YYYY-MM-DD or DD.MM.YYYY).",
    };

    /// <summary>--as-of, else today by the context's clock; a date that does not parse is a usage error.</summary>
    internal static DateOnly ResolveAsOf(string? text, CliContext context, string option = "--as-of")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return context.Today;
        }
        return DateOnly.TryParseExact(text.Trim(), [Reporting.Core.Text.GermanFormat.IsoDatePattern, Reporting.Core.Text.GermanFormat.DatePattern], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CommandException(ExitCodes.Usage, $"error: {option} '{text}' is not a date; use YYYY-MM-DD or DD.MM.YYYY");
    }

    /// <summary>Writes what <paramref name="write"/> puts into a stream to the command's output as is (a machine format:
    /// a BOM stays a BOM, nothing is escaped).</summary>
    internal static void Emit(CliContext context, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        context.RawOut.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        context.RawOut.Flush();
    }

    internal static CsvStyle Style(string? name) => CsvStyle.Parse(name) ?? CsvStyle.German;
}
