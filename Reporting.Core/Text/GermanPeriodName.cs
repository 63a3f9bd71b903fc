using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Text;

/// <summary>
/// How a reporting period reads for a person, on every form and screen: <c>Juli 2018</c>, <c>3. Quartal 2018</c>,
/// <c>2018</c> (or <c>Haushaltsjahr 2018</c> where a budget year is meant), <c>Projektlaufzeit</c>,
/// <c>01.01.2018 – 30.06.2018</c>. File names, JSON keys and the command line keep <see cref="ReportingPeriod.Label"/>
/// (<c>2018-07</c>, <c>2018-Q3</c>, <c>runtime</c>).
/// </summary>
public static class GermanPeriodName
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>The German name of <paramref name="period"/>; a year as <c>Haushaltsjahr 2018</c> when
    /// <paramref name="budgetYear"/> is set (Zwischennachweis), else as <c>2018</c>.</summary>
    public static string Of(ReportingPeriod period, bool budgetYear = false)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = period.Label.Length >= 4 ? period.Label[..4] : period.From.Year.ToString("D4", CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Month => Month(int.Parse(period.Label[5..7], NumberStyles.None, CultureInfo.InvariantCulture)) + " " + year,
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Label[^1]}. Quartal {year}"),
            PeriodKind.Year => budgetYear ? "Haushaltsjahr " + year : year,
            PeriodKind.Runtime => "Projektlaufzeit",
            _ => Range(period.From, period.To),
        };
    }

    /// <summary><c>Berichtszeitraum</c> text: the name with its days, <c>3. Quartal 2018 (01.07.2018 – 30.09.2018)</c>;
    /// just the days for a range period, whose name they already are.</summary>
    public static string WithDates(ReportingPeriod period, bool budgetYear = false)
    {
        var name = Of(period, budgetYear);
        var days = Range(period.From, period.To);
        return name == days ? days : $"{name} ({days})";
    }

    /// <summary>The German month name, 1 = Januar.</summary>
    public static string Month(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Months[month - 1];
    }

    /// <summary><c>01.01.2018 – 30.06.2018</c>; one day alone for a period of one day.</summary>
    public static string Range(DateOnly from, DateOnly to) =>
        from == to ? GermanFormat.Date(from) : $"{GermanFormat.Date(from)} – {GermanFormat.Date(to)}";
}
