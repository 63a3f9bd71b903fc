using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reporting.Core.Output;

/// <summary>A thin layer over <see cref="Utf8JsonWriter"/> that writes figure values the documented way:
/// euros as numbers with two decimals, ratios with up to six, ISO dates, <c>null</c> for none, <c>"*"</c> for a suppressed count,
/// text with a lone surrogate (which JSON cannot hold) carrying U+FFFD in its place.</summary>
internal sealed class JsonFigureWriter(Utf8JsonWriter json)
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Utf8JsonWriter Json { get; } = json;

    public void Value(string name, FigureCell cell)
    {
        Json.WritePropertyName(name);
        Value(cell);
    }

    public void Value(FigureCell cell)
    {
        switch (cell.Kind)
        {
            case FigureCellKind.Empty:
                Json.WriteNullValue();
                break;
            case FigureCellKind.Suppressed:
                Json.WriteStringValue("*");
                break;
            case FigureCellKind.Text:
                Json.WriteStringValue(Reporting.Core.Text.UnicodeText.WellFormed(cell.Text!));
                break;
            case FigureCellKind.Flag:
                Json.WriteBooleanValue(cell.Number != 0m);
                break;
            case FigureCellKind.Date:
                Json.WriteStringValue(cell.Date.ToString(Reporting.Core.Text.GermanFormat.IsoDatePattern, CultureInfo.InvariantCulture));
                break;
            default:
                Json.WriteRawValue(FigureNumbers.Invariant(cell));
                break;
        }
    }

    public void Text(string name, string? text) => Value(name, FigureCell.Of(text));

    public void Day(string name, DateOnly? d) => Value(name, FigureCell.Day(d));

    /// <summary>The members of the object being written, each with its key.</summary>
    public void Members(IEnumerable<FigureMember> members)
    {
        foreach (var m in members)
        {
            Json.WritePropertyName(m.Key);
            Content(m);
        }
    }

    /// <summary>The member's object, array or value, without its key.</summary>
    public void Content(FigureMember m)
    {
        if (m.Members is { } members)
        {
            Object(() => Members(members));
        }
        else if (m.Items is { } items)
        {
            Json.WriteStartArray();
            foreach (var item in items)
            {
                Content(item);
            }
            Json.WriteEndArray();
        }
        else
        {
            Value(m.Value);
        }
    }

    /// <summary>An object whose members <paramref name="body"/> writes.</summary>
    public void Object(Action body)
    {
        Json.WriteStartObject();
        body();
        Json.WriteEndObject();
    }

    public void Object(string name, Action body)
    {
        Json.WritePropertyName(name);
        Object(body);
    }

    /// <summary>An array with one entry per item, each written by <paramref name="item"/>.</summary>
    public void Array<T>(string name, IEnumerable<T> items, Action<T> item)
    {
        Json.WriteStartArray(name);
        foreach (var x in items)
        {
            item(x);
        }
        Json.WriteEndArray();
    }

    /// <summary>A whole document: one object of <paramref name="members"/>, then a final line end.</summary>
    public static void WriteDocument(Stream output, IEnumerable<FigureMember> members) =>
        WriteDocument(output, w => w.Members(members));

    /// <summary>A whole document: one object whose members <paramref name="body"/> writes, then a final line end.</summary>
    public static void WriteDocument(Stream output, Action<JsonFigureWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            var w = new JsonFigureWriter(json);
            w.Object(() => body(w));
        }
        output.WriteByte((byte)'\n');
    }
}
