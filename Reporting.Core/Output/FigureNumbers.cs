using System.Globalization;

namespace Reporting.Core.Output;

/// <summary>How numbers are written in files: euros with two decimals (half away from zero), ratios with up to six,
/// fractional counts with two. Always with an explicit culture, never the thread's.</summary>
internal static class FigureNumbers
{
    public const int RatioDecimals = 6;

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary><c>5800000.00</c>, <c>0.719048</c>, <c>12</c>: the JSON and ISO-CSV form.</summary>
    public static string Invariant(FigureCell cell) => Format(cell, NumberFormatInfo.InvariantInfo);

    /// <summary><c>5800000,00</c>: decimal comma and no thousands separator, so spreadsheets read a number.</summary>
    public static string WithDecimalComma(FigureCell cell) => Format(cell, DecimalComma);

    private static string Format(FigureCell cell, NumberFormatInfo format) => cell.Kind switch
    {
        FigureCellKind.Count => cell.Number.ToString("0", format),
        FigureCellKind.Euro => Round(cell.Number, 2).ToString("0.00", format),
        FigureCellKind.Decimal => Round(cell.Number, 2).ToString("0.00", format),
        FigureCellKind.Ratio => Round(cell.Number, RatioDecimals).ToString("0.######", format),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "not a number"),
    };

    // Adding 0 drops a negative sign from a value that rounds to zero (-0.001 → 0.00, not -0.00).
    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0m;
}
