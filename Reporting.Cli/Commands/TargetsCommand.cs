using System.CommandLine;
using Reporting.Core.Output;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary><c>targets</c>: target attainment of every project in a scope as of a date, worst first, with the roll-up.</summary>
public static class TargetsCommand
{
    public static Command Create(CliContext context)
    {
        var scopeOptions = ScopeOptions.Create();
        var format = FiguresCommand.Format();
        var csvStyle = FiguresCommand.CsvStyleOption();
        var publish = FiguresCommand.Publish();
        var asOf = FiguresCommand.AsOf();
        var command = new Command("targets", "Targets overview: placements against targets, spending and next deadline per project, worst first."
            + Examples.Of("fundingreports targets --funder Land --as-of 2019-03-26", "fundingreports targets --program MIL-NRW --format json"))
        {
            format, csvStyle, publish, asOf,
        };
        scopeOptions.AddTo(command);
        command.SetAction(context, parse =>
        {
            var scope = scopeOptions.Read(parse);
            var date = FiguresCommand.ResolveAsOf(parse.GetValue(asOf), context);

            // The overview holds no breakdown cells, so --publish changes nothing but is accepted for scripts that always pass it.
            var overview = FiguresLookup.Targets(CommonOptions.DatabasePath(parse, context), scope, date);

            switch (parse.GetValue(format))
            {
                case "json":
                    FiguresCommand.Emit(context, s => FiguresJsonWriter.WriteTargets(overview, s));
                    break;
                case "csv":
                    FiguresCommand.Emit(context, s => FiguresCsvWriter.WriteTargets(overview, s, FiguresCommand.Style(parse.GetValue(csvStyle))));
                    break;
                default:
                    FiguresTableWriter.WriteTargets(overview, context.Out);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
