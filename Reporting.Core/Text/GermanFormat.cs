using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Text;

/// <summary>German number and date formats for forms, independent of the machine's culture.</summary>
public static class GermanFormat
{
    /// <summary>Decimal comma, thousands dot, built by hand so no ICU data or thread culture is involved; read-only, so
    /// no caller can change how every form formats.</summary>
    public static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        NegativeSign = "-",
    });

    /// <summary>The German date pattern of every form: <c>dd.MM.yyyy</c>.</summary>
    public const string DatePattern = "dd.MM.yyyy";

    /// <summary>The ISO date pattern of every machine format: <c>yyyy-MM-dd</c>.</summary>
    public const string IsoDatePattern = "yyyy-MM-dd";

    /// <summary><c>2018-07-31</c></summary>
    public static string IsoDate(DateOnly d) => d.ToString(IsoDatePattern, CultureInfo.InvariantCulture);

    /// <summary><c>5.800.000,00 €</c></summary>
    public static string Euro(Money amount) => amount.RoundToCents().Amount.ToString("#,##0.00", Numbers) + " €";

    /// <summary><c>5.800.000,00</c> (no currency sign, for table cells whose header says EUR)</summary>
    public static string Amount(Money amount) => amount.RoundToCents().Amount.ToString("#,##0.00", Numbers);

    /// <summary><c>71,9 %</c> from a ratio of 0.719</summary>
    public static string Percent(decimal ratio, int decimals = 1) =>
        Math.Round(ratio * 100m, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('0', decimals), Numbers) + " %";

    /// <summary><c>1.234</c></summary>
    public static string Count(long n) => n.ToString("#,##0", Numbers);

    /// <summary><c>31.07.2018</c></summary>
    public static string Date(DateOnly d) => d.ToString(DatePattern, CultureInfo.InvariantCulture);
}
