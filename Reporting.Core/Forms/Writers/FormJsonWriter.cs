using System.Globalization;
using System.Text.Json;
using Reporting.Core.Output;
using Reporting.Core.Text;

namespace Reporting.Core.Forms.Writers;

/// <summary>A form as JSON: header, then sections with typed blocks. Numbers are JSON numbers in the invariant
/// format of the figures JSON (euros with two decimals); suppressed cells are the string <c>"*"</c>. Written by the one
/// JSON writer of figures and forms (<see cref="JsonFigureWriter"/>: UTF-8 text unescaped, <c>\n</c> line ends).</summary>
internal static class FormJsonWriter
{
    public static void Write(FormDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, JsonFigureWriter.Options);
        var h = document.Header;
        w.WriteStartObject();
        w.WriteString("form_id", S(h.FormId));
        w.WriteString("version", S(h.Version));
        w.WriteString("title", S(h.Title));
        w.WriteString("rule_set", S(h.RuleSet));
        w.WriteString("scope", S(h.ScopeKey));
        w.WriteString("scope_label", S(h.ScopeLabel));
        w.WriteString("period", S(h.PeriodLabel));
        w.WriteString("period_name", S(h.PeriodName));
        w.WriteString("period_dates", S(h.PeriodText));
        w.WriteString("as_of", h.AsOf.ToString(Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture));
        w.WriteString("generated_at", h.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteBoolean("published", h.Published);
        if (document.RunId is { } runId)
        {
            w.WriteString("run_id", runId);
        }
        w.WriteStartArray("sections");
        foreach (var section in document.Sections)
        {
            w.WriteStartObject();
            w.WriteString("id", S(section.Id));
            w.WriteString("title", S(section.Title));
            w.WriteStartArray("blocks");
            foreach (var block in section.Blocks)
            {
                WriteBlock(w, block);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("footnotes");
        foreach (var f in document.Footnotes)
        {
            w.WriteStringValue(S(f));
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteBlock(Utf8JsonWriter w, FormBlock block)
    {
        w.WriteStartObject();
        w.WriteString("title", S(block.Title));
        switch (block)
        {
            case FieldsBlock f:
                w.WriteString("type", "fields");
                w.WriteStartObject("fields");
                foreach (var field in f.Fields)
                {
                    w.WritePropertyName(field.Key);
                    WriteValue(w, field.Value);
                }
                w.WriteEndObject();
                break;
            case TableBlock t:
                w.WriteString("type", "table");
                w.WriteString("table", t.Key);
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    w.WriteStartObject();
                    w.WriteString("row_type", row.Role.ToString().ToLowerInvariant());
                    for (var i = 0; i < t.Columns.Count; i++)
                    {
                        w.WritePropertyName(t.Columns[i].Key);
                        WriteValue(w, row.Cells[i]);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case TextBlock x:
                w.WriteString("type", "text");
                w.WriteString("text", S(x.Text));
                break;
            case ChartBlock c:
                w.WriteString("type", "chart");
                w.WriteString("chart", c.Key);
                w.WriteStartArray("series");
                foreach (var s in c.Series)
                {
                    w.WriteStartObject();
                    w.WriteString("label", S(s.Label));
                    w.WriteStartArray("points");
                    foreach (var p in s.Points)
                    {
                        w.WriteStartObject();
                        if (p.Date is { } d) w.WriteString("date", d.ToString(Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture));
                        if (p.Category is { } cat) w.WriteString("category", S(cat));
                        w.WriteNumber("value", p.Value);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case SignatureBlock s:
                w.WriteString("type", "signature");
                w.WriteStartArray("captions");
                foreach (var caption in s.Captions) w.WriteStringValue(S(caption));
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    /// <summary>JSON cannot hold a lone surrogate; text from the records may.</summary>
    private static string S(string text) => UnicodeText.WellFormed(text);

    private static void WriteValue(Utf8JsonWriter w, FormValue value) => new JsonFigureWriter(w).Value(value.ToCell());
}
