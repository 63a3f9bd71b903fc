using Reporting.Core.Domain;

namespace Reporting.Core.Output;

internal enum FigureCellKind
{
    /// <summary>No value ("none"): written as JSON null, an empty CSV cell, "–" in a table.</summary>
    Empty,
    /// <summary>A person count or other whole number.</summary>
    Count,
    /// <summary>Euros, written with two decimals.</summary>
    Euro,
    /// <summary>A share (0.719 = 71.9 %), written with up to six decimals.</summary>
    Ratio,
    /// <summary>A fractional person count (expected_by_now, forecast_at_end), written with two decimals.</summary>
    Decimal,
    Date,
    Text,
    Flag,
    /// <summary>A person count hidden for confidentiality: written as <c>*</c>.</summary>
    Suppressed,
}

/// <summary>One typed value on its way to a writer. Writers format by kind; they never compute.</summary>
internal readonly record struct FigureCell(FigureCellKind Kind, decimal Number = 0m, DateOnly Date = default, string? Text = null)
{
    public static readonly FigureCell Empty = new(FigureCellKind.Empty);
    public static readonly FigureCell Suppressed = new(FigureCellKind.Suppressed);

    public static FigureCell Count(int? n) => n is { } v ? new(FigureCellKind.Count, v) : Empty;

    public static FigureCell Count(long? n) => n is { } v ? new(FigureCellKind.Count, v) : Empty;

    /// <summary>A count cell of a published table: null means suppressed there.</summary>
    public static FigureCell MaybeSuppressed(int? n) => n is { } v ? new(FigureCellKind.Count, v) : Suppressed;

    public static FigureCell Euro(Money? m) => m is { } v ? new(FigureCellKind.Euro, v.Amount) : Empty;

    public static FigureCell Ratio(decimal? r) => r is { } v ? new(FigureCellKind.Ratio, v) : Empty;

    public static FigureCell Decimal(decimal? d) => d is { } v ? new(FigureCellKind.Decimal, v) : Empty;

    public static FigureCell Day(DateOnly? d) => d is { } v ? new(FigureCellKind.Date, Date: v) : Empty;

    public static FigureCell Of(string? text) => text is null ? Empty : new(FigureCellKind.Text, Text: text);

    public static FigureCell Flag(bool b) => new(FigureCellKind.Flag, b ? 1m : 0m);
}
