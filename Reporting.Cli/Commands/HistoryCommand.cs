using System.CommandLine;
using System.Globalization;
using System.Text;
using Reporting.Core.Audit;
using Reporting.Core.Storage;
using Reporting.Core.Text;

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
            var location = CommonOptions.DatabasePath(parse, context);
            IReadOnlyList<Core.Periods.PurgeRecord> purges;
            using (var store = StoreFactory.Open(location))
            {
                store.EnsureCurrent();
                using var read = store.OpenReader();
                purges = read.Purges();
            }
            IReadOnlyList<AuditEvent> events;
            using (var log = AuditLog.Open(location))
            {
                events = log.Events();
            }
            var id = parse.GetValue(project)?.Trim();
            var shown = events
                .Where(e => id is null || e.Concerns(id))
                .Where(e => from is null || DateOnly.FromDateTime(e.At.UtcDateTime) >= from)
                .ToList();
            var purged = purges
                .Where(p => id is null || p.Project.Value == id)
                .Where(p => from is null || DateOnly.FromDateTime(p.PurgedAt.UtcDateTime) >= from)
                .OrderBy(p => p.PurgedAt)
                .ToList();
            if (parse.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                HistoryJson.Write(shown, purged, buffer);
                context.RawOut.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Ok;
            }
            WriteTable(shown, context.Out);
            foreach (var p in purged)
            {
                var at = When(p.PurgedAt);
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"purge {at}  {p.PurgedBy}  project {p.Project.Value}, left before {GermanFormat.Date(p.Before)}: {p.Participants} participants, {p.Placements} placements deleted{(p.Forced ? " (--force)" : "")}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<AuditEvent> events, TextWriter output)
    {
        if (events.Count == 0)
        {
            output.WriteLine("no entries");
            return;
        }
        foreach (var e in events)
        {
            var at = When(e.At);
            var head = string.Create(CultureInfo.InvariantCulture, $"{e.Seq,4}  {at}  {e.Kind,-6}  {e.User}  v{e.ToolVersion}");
            if (e.IsImport)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{head}  import run {e.ImportRun}"));
                foreach (var f in e.ImportFiles)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"        {f.Name} ({f.Kind ?? "?"}): {f.Rows} rows, {f.Added} added, {f.Changed} changed, {f.Unchanged} unchanged; sha256 {f.Sha256}"));
                }
            }
            else
            {
                output.WriteLine($"{head}  {e.Form} {e.Scope} {e.Period}; run {e.RunId}; records {e.InputHash?[..Math.Min(12, e.InputHash.Length)]}");
                foreach (var f in e.ReportFiles)
                {
                    output.WriteLine($"        {f.Path}; sha256 {f.Sha256}");
                }
            }
        }
    }

    /// <summary>A moment as the table shows it: UTC, to the second.</summary>
    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
