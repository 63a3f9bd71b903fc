using System.CommandLine;
using Reporting.Core.Figures;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary><c>targets</c>: target attainment of every project in a scope as of a date, worst first, with the roll-up.</summary>
public static class TargetsCommand
{
    public static Command Create(CliContext context)
    {
        var program = new Option<string?>("--program") { Description = "Only projects of this program id." };
        var funder = new Option<string?>("--funder") { Description = "Only projects whose program has this funder." };
        var region = new Option<string?>("--region") { Description = "Only projects in this region." };
        var recipient = new Option<string?>("--recipient") { Description = "Only projects of this recipient." };
        var format = FiguresCommand.Format();
        var csvStyle = FiguresCommand.CsvStyleOption();
        var publish = FiguresCommand.Publish();
        var asOf = FiguresCommand.AsOf();
        var command = new Command("targets", "Targets overview: placements against targets, spending and next deadline per project, worst first.")
        {
            program, funder, region, recipient, format, csvStyle, publish, asOf,
        };
        command.SetAction(context, parse =>
        {
            (ScopeKind Kind, string? Value)[] given =
            [
                (ScopeKind.Program, parse.GetValue(program)),
                (ScopeKind.Funder, parse.GetValue(funder)),
                (ScopeKind.Region, parse.GetValue(region)),
                (ScopeKind.Recipient, parse.GetValue(recipient)),
            ];
            var chosen = given.Where(g => !string.IsNullOrWhiteSpace(g.Value)).ToList();
            if (chosen.Count > 1)
            {
                throw new CommandException(ExitCodes.Usage, "error: give at most one of --program, --funder, --region, --recipient");
            }
            var scope = chosen.Count == 0 ? ReportScope.AllProjects : new ReportScope(chosen[0].Kind, chosen[0].Value!.Trim());
            var date = FiguresCommand.ResolveAsOf(parse.GetValue(asOf), context);

            using var store = StoreFactory.Open(CommonOptions.DatabasePath(parse, context));
            store.EnsureCurrent();
            var projects = scope.Select(store.Load());
            if (projects.Count == 0)
            {
                throw new CommandException(ExitCodes.NotFound, $"error: no project found for {scope}");
            }
            // The overview holds no breakdown cells, so --publish changes nothing but is accepted for scripts that always pass it.
            var overview = TargetsOverview.Build(scope.ToString(), projects, date);

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
