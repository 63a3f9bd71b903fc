using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reporting.Core.Domain;

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

    public void Count(string name, int? n) => Value(name, FigureCell.Count(n));

    public void Count(string name, long? n) => Value(name, FigureCell.Count(n));

    public void Euro(string name, Money? m) => Value(name, FigureCell.Euro(m));

    public void Ratio(string name, decimal? r) => Value(name, FigureCell.Ratio(r));

    public void Decimal(string name, decimal? d) => Value(name, FigureCell.Decimal(d));

    public void Day(string name, DateOnly? d) => Value(name, FigureCell.Day(d));

    public void Flag(string name, bool b) => Value(name, FigureCell.Flag(b));

    public void Range(string name, DateRange range, string? label = null)
    {
        Json.WriteStartObject(name);
        if (label is not null)
        {
            Text("label", label);
        }
        Day("from", range.Start);
        Day("to", range.End);
        Json.WriteEndObject();
    }
}
