using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>Zwischennachweis deadlines (one per budget year that does not contain the end date, due on the
    /// configured day of the following year, default 30 April) and the Verwendungsnachweis (end date + 6 months),
    /// in date order, each with its status relative to <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReportingDeadline> Deadlines(DateRange runtime, DateOnly today, FigureOptions? options = null)
    {
        options ??= FigureOptions.Default;
        var deadlines = new List<ReportingDeadline>();
        for (var year = runtime.Start.Year; year < runtime.End.Year; year++)
        {
            var due = new DateOnly(year + 1, options.InterimReportDueMonth, options.InterimReportDueDay);
            deadlines.Add(new ReportingDeadline(DeadlineKind.Interim, year, due, DeadlineStatusOf(due, today, options)));
        }
        var final = runtime.End.AddMonths(options.FinalReportMonthsAfterEnd);
        if (options.FinalReportAtMonthEnd)
        {
            final = new DateOnly(final.Year, final.Month, DateTime.DaysInMonth(final.Year, final.Month));
        }
        deadlines.Add(new ReportingDeadline(DeadlineKind.Final, null, final, DeadlineStatusOf(final, today, options)));
        return deadlines;
    }

    /// <summary>overdue after the due day; due_soon when it is at most <see cref="FigureOptions.DueSoonDays"/> days ahead; else open.</summary>
    public static DeadlineStatus DeadlineStatusOf(DateOnly due, DateOnly today, FigureOptions? options = null)
    {
        options ??= FigureOptions.Default;
        var daysLeft = due.DayNumber - today.DayNumber;
        return daysLeft < 0 ? DeadlineStatus.Overdue
            : daysLeft <= options.DueSoonDays ? DeadlineStatus.DueSoon
            : DeadlineStatus.Open;
    }
}
