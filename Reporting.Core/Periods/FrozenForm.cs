using System.Globalization;
using System.Text;
using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Text;

namespace Reporting.Core.Periods;

/// <summary>A closed period's form data (every field, table row and chart of the form as built at the close) written
/// as JSON and read back to the same values, so that a closed period's report is rebuilt exactly as submitted, even
/// after corrections or a purge of the records it was made from. Numbers are written as decimal text (exact).</summary>
internal static class FrozenForm
{
    public static string Write(FormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("fields");
            foreach (var (name, value) in data.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                w.WritePropertyName(name);
                Value(w, value);
            }
            w.WriteEndObject();
            w.WriteStartObject("tables");
            foreach (var (name, rows) in data.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                w.WriteStartArray(name);
                foreach (var row in rows)
                {
                    w.WriteStartObject();
                    w.WriteString("role", row.Role.ToString());
                    w.WriteStartArray("cells");
                    foreach (var cell in row.Cells)
                    {
                        Value(w, cell);
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteStartObject("charts");
            foreach (var (name, chart) in data.Charts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject(name);
                w.WriteString("title", chart.Title);
                w.WriteString("key", chart.Key);
                w.WriteString("kind", chart.Kind.ToString());
                w.WriteString("x", chart.XLabel);
                w.WriteString("y", chart.YLabel);
                w.WriteStartArray("series");
                foreach (var series in chart.Series)
                {
                    w.WriteStartObject();
                    w.WriteString("label", series.Label);
                    w.WriteStartArray("points");
                    foreach (var p in series.Points)
                    {
                        w.WriteStartObject();
                        if (p.Date is { } d)
                        {
                            w.WriteString("d", Day(d));
                        }
                        if (p.Category is { } c)
                        {
                            w.WriteString("c", c);
                        }
                        w.WriteString("v", p.Value.ToString(CultureInfo.InvariantCulture));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static FormData Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var fields = root.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);
        var tables = root.GetProperty("tables").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (IEnumerable<FormRow>)p.Value.EnumerateArray().Select(r => new FormRow(
                r.GetProperty("cells").EnumerateArray().Select(Value).ToList(),
                Enum.Parse<RowRole>(r.GetProperty("role").GetString()!))).ToList(),
            StringComparer.Ordinal);
        var charts = root.GetProperty("charts").EnumerateObject().ToDictionary(
            p => p.Name,
            p => new ChartBlock(
                p.Value.GetProperty("title").GetString()!,
                p.Value.GetProperty("key").GetString()!,
                Enum.Parse<ChartKind>(p.Value.GetProperty("kind").GetString()!),
                p.Value.GetProperty("x").GetString()!,
                p.Value.GetProperty("y").GetString()!,
                p.Value.GetProperty("series").EnumerateArray().Select(s => new ChartSeries(
                    s.GetProperty("label").GetString()!,
                    s.GetProperty("points").EnumerateArray().Select(pt => new ChartPoint(
                        pt.TryGetProperty("d", out var d) ? DateOnly.ParseExact(d.GetString()!, GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture) : null,
                        pt.TryGetProperty("c", out var c) ? c.GetString() : null,
                        decimal.Parse(pt.GetProperty("v").GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture))).ToList())).ToList()),
            StringComparer.Ordinal);
        return new FormData(fields, tables, charts);
    }

    private static void Value(Utf8JsonWriter w, FormValue v)
    {
        w.WriteStartObject();
        w.WriteString("k", v.Kind.ToString());
        if (v.IsSuppressed)
        {
            w.WriteBoolean("s", true);
        }
        if (v.Number is { } n)
        {
            w.WriteString("n", n.ToString(CultureInfo.InvariantCulture));
        }
        if (v.Text is { } t)
        {
            w.WriteString("t", t);
        }
        if (v.Date is { } d)
        {
            w.WriteString("d", Day(d));
        }
        w.WriteEndObject();
    }

    private static FormValue Value(JsonElement e)
    {
        var kind = Enum.Parse<ValueKind>(e.GetProperty("k").GetString()!);
        if (e.TryGetProperty("s", out _))
        {
            return FormValue.Suppressed(kind);
        }
        decimal? n = e.TryGetProperty("n", out var num) ? decimal.Parse(num.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
        var t = e.TryGetProperty("t", out var text) ? text.GetString() : null;
        DateOnly? d = e.TryGetProperty("d", out var day) ? DateOnly.ParseExact(day.GetString()!, GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture) : null;
        return kind switch
        {
            ValueKind.Text => FormValue.Of(t),
            ValueKind.Count => n is null ? FormValue.None(kind) : FormValue.Of((long?)(long)n.Value),
            ValueKind.Number => FormValue.Quantity(n),
            ValueKind.Euro => n is null ? FormValue.None(kind) : FormValue.Of(Money.Euros(n.Value)),
            ValueKind.Percent => FormValue.Percent(n),
            ValueKind.Date => d is null ? FormValue.None(kind) : FormValue.Of(d),
            ValueKind.Flag => n is null ? FormValue.None(kind) : FormValue.Flag(n.Value != 0m),
            _ => throw new InvalidDataException($"unknown value kind {kind}"),
        };
    }

    private static string Day(DateOnly d) => GermanFormat.IsoDate(d);
}
