using System.CommandLine;
using Reporting.Core.Audit;

namespace Reporting.Cli.Commands;

/// <summary><c>history [--project ID] [--since DATE] [--format table|json]</c>: every import and report run of the
/// audit trail, oldest first, then the purges of participant records (docs/audit.md).</summary>
public static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var project = new Option<string?>("--project") { Description = "Only imports with rows of this project and runs that covered it." };
        var since = new Option<string?>("--since") { Description = "Only entries recorded on or after this day (YYYY-MM-DD or DD.MM.YYYY, UTC)." };
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or json (stable, see docs/audit.md).",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "json");
        var command = new Command("history", "List the audit trail: every import (files, SHA-256, rows) and report run (form, "
            + "scope, period, options, files with SHA-256), oldest first."
            + Examples.Of("fundingreports history --db data.db",
                "fundingreports history --project SCLA-DO --since 2019-01-01 --format json"))
        {
            project, since, format,
        };
        command.SetAction(context, parse =>
        {
            DateOnly? from = parse.GetValue(since) is { } text ? FiguresCommand.ResolveAsOf(text, context, "--since") : null;
            var history = HistoryReport.Read(CommonOptions.DatabasePath(parse, context), parse.GetValue(project)?.Trim(), from);
            if (parse.GetValue(format) == "json")
            {
                FiguresCommand.Emit(context, history.WriteJson);
            }
            else
            {
                history.WriteTable(context.Out);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
