using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reporting.Core.Forms;
using Reporting.Core.Forms.Writers;
using Reporting.Core.Output;

namespace Reporting.Core.Audit;

/// <summary>The values of a form by name, as the audit trail keeps them with a run and <c>verify</c> compares them: every
/// field, table cell and chart point, the header's scope and period, and a digest of each text.</summary>
/// <remarks>
/// Names are <c>section.field</c>, <c>section.table[row].column</c> and <c>section.chart[series @ x]</c>; a row is named
/// by its first cell (the cost category, the voucher number, the month), a total row <c>total</c>, and a name that
/// repeats gets <c>#2</c>, <c>#3</c>. Values are texts in the invariant form of the JSON outputs (<c>1234.50</c>,
/// <c>0.719048</c>, <c>2019-03-31</c>), <c>*</c> for a suppressed count, null for none. Packed as gzip-compressed compact
/// JSON (<see cref="Pack"/>).
/// </remarks>
public static class FormValues
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Of(FormDocument document)
    {
        var values = new List<KeyValuePair<string, string?>>();
        Visit(document, (name, value) => values.Add(new(name, value)));
        return values;
    }

    /// <summary>Hands every value of <paramref name="document"/> to <paramref name="value"/>, in form order, without
    /// collecting them (a Belegliste has hundreds of thousands).</summary>
    public static void Visit(FormDocument document, Action<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(value);
        // Names repeat only where a key does (a field or table key twice in a section, a row name twice in a table): the
        // names of the keys are counted, and the rows of each table by name.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string Unique(string name)
        {
            var count = seen[name] = seen.GetValueOrDefault(name) + 1;
            return count == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}#{count}");
        }

        var h = document.Header;
        value(Unique("header.scope"), h.ScopeLabel);
        value(Unique("header.period"), h.PeriodText);
        value(Unique("header.as_of"), Iso(h.AsOf));
        foreach (var section in document.Sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case FieldsBlock f:
                        foreach (var field in f.Fields)
                        {
                            value(Unique($"{section.Id}.{field.Key}"), Text(field.Value));
                        }
                        break;
                    case TableBlock t:
                        var table = Unique($"{section.Id}.{t.Key}");
                        var columns = t.Columns.Select(c => "." + c.Key).ToArray();
                        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
                        var cell = new StringBuilder();
                        for (var r = 0; r < t.Rows.Count; r++)
                        {
                            var row = t.Rows[r];
                            var rowName = RowName(row, r);
                            var n = rows[rowName] = rows.GetValueOrDefault(rowName) + 1;
                            cell.Clear().Append(table).Append('[').Append(rowName);
                            if (n > 1)
                            {
                                cell.Append('#').Append(n.ToString(CultureInfo.InvariantCulture));
                            }
                            cell.Append(']');
                            var prefix = cell.Length;
                            for (var c = 0; c < columns.Length && c < row.Cells.Count; c++)
                            {
                                cell.Length = prefix;
                                value(cell.Append(columns[c]).ToString(), Text(row.Cells[c]));
                            }
                        }
                        break;
                    case ChartBlock chart:
                        foreach (var series in chart.Series)
                        {
                            foreach (var point in series.Points)
                            {
                                var x = point.Date is { } d ? Iso(d) : point.Category ?? "";
                                value(Unique($"{section.Id}.{chart.Key}[{series.Label} @ {x}]"),
                                    FigureNumbers.Invariant(new FigureCell(FigureCellKind.Decimal, point.Value)));
                            }
                        }
                        break;
                    case TextBlock text:
                        value(Unique($"{section.Id}.text"),
                            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Text)))[..16]);
                        break;
                }
            }
        }
    }

    /// <summary>The values of <paramref name="document"/> as gzip-compressed compact JSON (an object, in form order).</summary>
    public static byte[] Pack(FormDocument document)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var json = new Utf8JsonWriter(gzip))
        {
            json.WriteStartObject();
            Visit(document, (name, value) =>
            {
                json.WriteString(name, value is null ? null : Reporting.Core.Text.UnicodeText.WellFormed(value));
                // The writer keeps what it wrote until flushed: hand it to the compressor as it goes.
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            });
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>What <see cref="Pack"/> wrote.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return doc.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.GetString())).ToList();
    }

    /// <summary>Every value that differs between <paramref name="recorded"/> and <paramref name="rebuilt"/>, in the order of
    /// the recorded form (values only one side has come last, with null on the other).</summary>
    public static IReadOnlyList<FigureChange> Compare(
        IReadOnlyList<KeyValuePair<string, string?>> recorded, IReadOnlyList<KeyValuePair<string, string?>> rebuilt)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var now = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in rebuilt)
        {
            now[name] = value;
        }
        var changes = new List<FigureChange>();
        var before = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in recorded)
        {
            before.Add(name);
            if (!now.TryGetValue(name, out var current))
            {
                changes.Add(new FigureChange(name, value, null, FigureChangeKind.Gone));
            }
            else if (!string.Equals(value, current, StringComparison.Ordinal))
            {
                changes.Add(new FigureChange(name, value, current, FigureChangeKind.Changed));
            }
        }
        changes.AddRange(rebuilt.Where(v => !before.Contains(v.Key)).Select(v => new FigureChange(v.Key, null, v.Value, FigureChangeKind.New)));
        return changes;
    }

    private static string RowName(FormRow row, int index)
    {
        if (row.Role != RowRole.Data)
        {
            return row.Role == RowRole.Total ? "total" : "subtotal";
        }
        var first = row.Cells.Count > 0 ? row.Cells[0] : null;
        var name = first is null ? null : Text(first);
        return string.IsNullOrEmpty(name) || first!.Kind is not (ValueKind.Text or ValueKind.Date)
            ? (index + 1).ToString(CultureInfo.InvariantCulture)
            : name;
    }

    /// <summary>A value as text in the invariant form of the JSON outputs; null for none.</summary>
    public static string? Text(FormValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cell = value.ToCell();
        return cell.Kind switch
        {
            FigureCellKind.Empty => null,
            FigureCellKind.Suppressed => "*",
            FigureCellKind.Text => cell.Text,
            FigureCellKind.Flag => cell.Number != 0m ? "true" : "false",
            FigureCellKind.Date => Iso(cell.Date),
            _ => FigureNumbers.Invariant(cell),
        };
    }

    private static string Iso(DateOnly date) => date.ToString(Reporting.Core.Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture);
}

public enum FigureChangeKind
{
    /// <summary>The value differs.</summary>
    Changed,
    /// <summary>The recorded form had the value; the rebuilt one does not (a row gone).</summary>
    Gone,
    /// <summary>The rebuilt form has a value the recorded one did not (a row added).</summary>
    New,
}

/// <summary>One value of a form that differs between a recorded run and its rebuild.</summary>
public sealed record FigureChange(string Name, string? Recorded, string? Now, FigureChangeKind Kind);
