namespace Reporting.Core.Domain;

/// <summary>Month arithmetic that stays inside the calendar <see cref="DateOnly"/> can hold (01.01.0001 to 31.12.9999).</summary>
/// <remarks>A record may carry any date of that calendar, including an "open end" of 31.12.9999 that some systems export.
/// <see cref="DateOnly.AddMonths"/> throws when the result falls outside it; these methods say so with null instead, and
/// walk months without ever stepping past the last one.</remarks>
internal static class CalendarMath
{
    /// <summary><paramref name="day"/> plus <paramref name="months"/> calendar months (the day clamped to the month's
    /// length, as <see cref="DateOnly.AddMonths"/> does), or null when that lies outside the calendar.</summary>
    public static DateOnly? AddMonths(DateOnly day, int months)
    {
        var index = MonthIndex(day) + (long)months;
        if (index < 0 || index > MonthIndex(DateOnly.MaxValue))
        {
            return null;
        }
        return day.AddMonths(months);
    }

    /// <summary>The last day of a month: 28, 29, 30 or 31.</summary>
    public static DateOnly LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>Every calendar month from <paramref name="from"/>'s month to <paramref name="to"/>'s, as (year, month).</summary>
    /// <param name="step">Every step-th month only (the first always; the last only when the step lands on it).</param>
    public static IEnumerable<(int Year, int Month)> Months(DateOnly from, DateOnly to, int step = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        for (long i = MonthIndex(from), last = MonthIndex(to); i <= last; i += step)
        {
            yield return ((int)(i / 12) + 1, (int)(i % 12) + 1);
        }
    }

    /// <summary>How many calendar months <paramref name="from"/>..<paramref name="to"/> touch (1 for two days of one month).</summary>
    public static long MonthCount(DateOnly from, DateOnly to) => MonthIndex(to) - MonthIndex(from) + 1;

    /// <summary>Months since January of year 1.</summary>
    private static long MonthIndex(DateOnly day) => (day.Year - 1) * 12L + day.Month - 1;
}
