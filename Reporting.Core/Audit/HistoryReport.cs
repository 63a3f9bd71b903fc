using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Text;

namespace Reporting.Core.Audit;

/// <summary>What <c>history</c> lists (docs/audit.md): the entries of the audit trail, oldest first, then the purges of
/// participant records, both narrowed to a project and to the days from a given one; written as a table for people
/// (<see cref="WriteTable"/>) or as JSON (<see cref="WriteJson"/>, the shape of <see cref="HistoryJson"/>).</summary>
public sealed class HistoryReport
{
    private HistoryReport(IReadOnlyList<AuditEvent> entries, IReadOnlyList<PurgeRecord> purges)
    {
        Entries = entries;
        Purges = purges;
    }

    /// <summary>The entries shown, in the order recorded.</summary>
    public IReadOnlyList<AuditEvent> Entries { get; }

    /// <summary>The purges shown, oldest first.</summary>
    public IReadOnlyList<PurgeRecord> Purges { get; }

    /// <summary>Reads the audit trail and the purges of the database at <paramref name="location"/> (its schema made
    /// current first).</summary>
    /// <param name="project">Only imports with rows of this project, runs that covered it and its purges; null for all.</param>
    /// <param name="since">Only what was recorded on or after this day (UTC); null for all.</param>
    public static HistoryReport Read(string location, string? project, DateOnly? since)
    {
        var purges = CurrentStore.Read(location, read => read.Purges());
        IReadOnlyList<AuditEvent> events;
        using (var log = AuditLog.Open(location))
        {
            events = log.Events();
        }
        return Of(events, purges, project, since);
    }

    /// <summary>The entries and purges that concern <paramref name="project"/> and were recorded on or after
    /// <paramref name="since"/> (each null for all).</summary>
    public static HistoryReport Of(IEnumerable<AuditEvent> events, IEnumerable<PurgeRecord> purges, string? project, DateOnly? since)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(purges);
        var entries = events
            .Where(e => project is null || e.Concerns(project))
            .Where(e => since is null || DateOnly.FromDateTime(e.At.UtcDateTime) >= since)
            .ToList();
        var purged = purges
            .Where(p => project is null || p.Project.Value == project)
            .Where(p => since is null || DateOnly.FromDateTime(p.PurgedAt.UtcDateTime) >= since)
            .OrderBy(p => p.PurgedAt)
            .ToList();
        return new HistoryReport(entries, purged);
    }

    /// <summary>The JSON of <see cref="HistoryJson"/>, UTF-8, ending in a line break.</summary>
    public void WriteJson(Stream output) => HistoryJson.Write(Entries, Purges, output);

    /// <summary>One line per entry (an import's files and a run's files indented below it), or <c>no entries</c>; then
    /// one line per purge.</summary>
    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Entries.Count == 0)
        {
            output.WriteLine("no entries");
        }
        foreach (var e in Entries)
        {
            WriteEntry(e, output);
        }
        foreach (var p in Purges)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"purge {When(p.PurgedAt)}  {p.PurgedBy}  project {p.Project.Value}, left before {GermanFormat.Date(p.Before)}: {p.Participants} participants, {p.Placements} placements deleted{(p.Forced ? " (--force)" : "")}"));
        }
    }

    private static void WriteEntry(AuditEvent e, TextWriter output)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{e.Seq,4}  {When(e.At)}  {e.Kind,-6}  {e.User}  v{e.ToolVersion}");
        if (e.IsImport)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{head}  import run {e.ImportRun}"));
            foreach (var f in e.ImportFiles)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"        {f.Name} ({f.Kind ?? "?"}): {f.Rows} rows, {f.Added} added, {f.Changed} changed, {f.Unchanged} unchanged; sha256 {f.Sha256}"));
            }
            return;
        }
        output.WriteLine($"{head}  {e.Form} {e.Scope} {e.Period}; run {e.RunId}; records {e.InputHash?[..Math.Min(12, e.InputHash.Length)]}");
        foreach (var f in e.ReportFiles)
        {
            output.WriteLine($"        {f.Path}; sha256 {f.Sha256}");
        }
    }

    /// <summary>A moment as the table shows it: UTC, to the second.</summary>
    internal static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
