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
    private FormValue()
    {
    }

    public ValueKind Kind { get; private init; }

    /// <summary>Counts, euros, ratios (0.719 for 71.9 %) and flags (1/0).</summary>
    public decimal? Number { get; private init; }
    public string? Text { get; private init; }
    public DateOnly? Date { get; private init; }
    public bool IsSuppressed { get; private init; }

    public bool IsEmpty => !IsSuppressed && Number is null && Text is null && Date is null;

    public static FormValue Of(string? text) => new() { Kind = ValueKind.Text, Text = text };
    public static FormValue Of(int? count) => Numeric(ValueKind.Count, count);
    public static FormValue Of(long? count) => Numeric(ValueKind.Count, count);
    public static FormValue Of(Money? amount) => Numeric(ValueKind.Euro, amount?.Amount);
    public static FormValue Of(DateOnly? date) => new() { Kind = ValueKind.Date, Date = date };
    public static FormValue Quantity(decimal? value) => Numeric(ValueKind.Number, value);
    public static FormValue Percent(decimal? ratio) => Numeric(ValueKind.Percent, ratio);
    public static FormValue Flag(bool? flag) => Numeric(ValueKind.Flag, flag is null ? null : flag.Value ? 1 : 0);
    public static FormValue Suppressed(ValueKind kind = ValueKind.Count) => new() { Kind = kind, IsSuppressed = true };

    /// <summary>An empty value of the given kind (a number cell left blank, e.g. "no placements yet").</summary>
    public static FormValue None(ValueKind kind) => new() { Kind = kind };

    private static FormValue Numeric(ValueKind kind, decimal? number) => new() { Kind = kind, Number = number };

    public Money? Euro => Kind == ValueKind.Euro && Number is { } n ? Money.Euros(n) : null;
    public int? Count => Kind == ValueKind.Count && Number is { } n ? (int)n : null;
}
