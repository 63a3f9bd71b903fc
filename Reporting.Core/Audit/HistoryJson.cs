using System.Globalization;
using System.Text.Json;
using Reporting.Core.Output;
using Reporting.Core.Text;

namespace Reporting.Core.Audit;

/// <summary>The audit trail as JSON, as <c>history --format json</c> writes it (the shape is stable; docs/audit.md):
/// <c>{"entries": [...], "purges": [...]}</c>, each oldest first, every key always present.</summary>
public static class HistoryJson
{
    public static void Write(IEnumerable<AuditEvent> events, Stream output) => Write(events, [], output);

    public static void Write(IEnumerable<AuditEvent> events, IEnumerable<Periods.PurgeRecord> purges, Stream output)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, JsonFigureWriter.Options);
        w.WriteStartObject();
        w.WriteStartArray("entries");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteNumber("seq", e.Seq);
            w.WriteString("type", e.Kind);
            w.WriteString("at", e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("user", S(e.User));
            w.WriteString("tool_version", S(e.ToolVersion));
            if (e.IsImport)
            {
                w.WriteNumber("import_run", e.ImportRun ?? 0);
                w.WriteStartArray("files");
                foreach (var f in e.ImportFiles)
                {
                    w.WriteStartObject();
                    w.WriteString("name", S(f.Name));
                    w.WriteString("kind", f.Kind);
                    w.WriteString("sha256", f.Sha256);
                    w.WriteNumber("rows", f.Rows);
                    w.WriteNumber("added", f.Added);
                    w.WriteNumber("changed", f.Changed);
                    w.WriteNumber("unchanged", f.Unchanged);
                    Strings(w, "projects", f.Projects);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            else
            {
                w.WriteString("run_id", e.RunId);
                w.WriteString("form", e.Form);
                w.WriteString("scope", e.Scope is null ? null : S(e.Scope));
                w.WriteString("period", e.Period);
                w.WritePropertyName("options");
                if (e.Options is { } options)
                {
                    using var parsed = JsonDocument.Parse(options);
                    parsed.RootElement.WriteTo(w);
                }
                else
                {
                    w.WriteNullValue();
                }
                w.WriteString("input_hash", e.InputHash);
                Strings(w, "projects", e.Projects);
                w.WriteStartArray("files");
                foreach (var f in e.ReportFiles)
                {
                    w.WriteStartObject();
                    w.WriteString("path", S(f.Path));
                    w.WriteString("format", f.Format);
                    w.WriteString("form", S(f.FormKey));
                    w.WriteString("sha256", f.Sha256);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("purges");
        foreach (var p in purges)
        {
            w.WriteStartObject();
            w.WriteString("at", p.PurgedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("user", S(p.PurgedBy));
            w.WriteString("project", S(p.Project.Value));
            w.WriteString("before", GermanFormat.IsoDate(p.Before));
            w.WriteNumber("participants", p.Participants);
            w.WriteNumber("placements", p.Placements);
            w.WriteBoolean("forced", p.Forced);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(S(v));
        }
        w.WriteEndArray();
    }

    private static string S(string text) => UnicodeText.WellFormed(text);
}
