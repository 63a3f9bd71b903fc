using Reporting.Core.Domain;

namespace Reporting.Core.Forms;

/// <summary>How a value is typed and formatted in every output.</summary>
public enum ValueKind
{
    Text,
    Count,
    /// <summary>A non-integer quantity shown with one decimal (expected_by_now, forecast_at_end).</summary>
    Number,
    Euro,
    Percent,
    Date,
    Flag,
}

/// <summary>One cell of a form, typed, already computed by the figures engine. Renderers only format it.</summary>
/// <remarks><see cref="IsSuppressed"/> marks a confidential person count (shown as <c>*</c>);
/// a null <see cref="Number"/>/<see cref="Text"/>/<see cref="Date"/> means "none" (shown empty or as a dash).</remarks>
public sealed record FormValue
{
    private FormValue(ValueKind kind, decimal? number, string? text, DateOnly? date, bool suppressed)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Date = date;
        IsSuppressed = suppressed;
    }

    public ValueKind Kind { get; }

    /// <summary>Counts, euros, ratios (0.719 for 71.9 %) and flags (1/0).</summary>
    public decimal? Number { get; }
    public string? Text { get; }
    public DateOnly? Date { get; }
    public bool IsSuppressed { get; }

    public bool IsEmpty => !IsSuppressed && Number is null && Text is null && Date is null;

    public static FormValue Of(string? text) => new(ValueKind.Text, null, text, null, false);
    public static FormValue Of(int? count) => new(ValueKind.Count, count, null, null, false);
    public static FormValue Of(long? count) => new(ValueKind.Count, count, null, null, false);
    public static FormValue Of(Money? amount) => new(ValueKind.Euro, amount?.Amount, null, null, false);
    public static FormValue Of(DateOnly? date) => new(ValueKind.Date, null, null, date, false);
    public static FormValue Quantity(decimal? value) => new(ValueKind.Number, value, null, null, false);
    public static FormValue Percent(decimal? ratio) => new(ValueKind.Percent, ratio, null, null, false);
    public static FormValue Flag(bool? flag) => new(ValueKind.Flag, flag is null ? null : flag.Value ? 1 : 0, null, null, false);
    public static FormValue Suppressed(ValueKind kind = ValueKind.Count) => new(kind, null, null, null, true);

    /// <summary>An empty value of the given kind (a number cell left blank, e.g. "no placements yet").</summary>
    public static FormValue None(ValueKind kind) => new(kind, null, null, null, false);

    public Money? Euro => Kind == ValueKind.Euro && Number is { } n ? Money.Euros(n) : null;
    public int? Count => Kind == ValueKind.Count && Number is { } n ? (int)n : null;
}
