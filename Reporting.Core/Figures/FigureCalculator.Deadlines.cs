using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

internal static partial class FigureCalculator
{
    /// <summary>Zwischennachweis deadlines (one per budget year that does not contain the end date, due on the
    /// configured day of the following year, default 30 April) and the Verwendungsnachweis (end date + 6 months),
    /// in that order, each with its status relative to <paramref name="today"/>.</summary>
    /// <remarks>The list is computed when read, so a project open until 31.12.9999 (thousands of budget years) costs
    /// nothing until someone lists its deadlines. A Verwendungsnachweis that would fall after 31.12.9999 has no date in
    /// the calendar and is left out.</remarks>
    public static IReadOnlyList<ReportingDeadline> Deadlines(DateRange runtime, DateOnly today, FigureOptions? options = null) =>
        new DeadlineList(runtime, today, options ?? FigureOptions.Default);

    /// <summary>The Verwendungsnachweis date: end date + the configured months (optionally the end of that month);
    /// null when it lies beyond 31.12.9999.</summary>
    public static DateOnly? FinalReportDue(DateOnly end, FigureOptions? options = null)
    {
        options ??= FigureOptions.Default;
        if (CalendarMath.AddMonths(end, options.FinalReportMonthsAfterEnd) is not { } final)
        {
            return null;
        }
        return options.FinalReportAtMonthEnd ? CalendarMath.LastDayOfMonth(final.Year, final.Month) : final;
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

    /// <summary>The deadlines of one runtime, each made when it is read.</summary>
    private sealed class DeadlineList : IReadOnlyList<ReportingDeadline>
    {
        private readonly DateRange _runtime;
        private readonly DateOnly _today;
        private readonly FigureOptions _options;
        private readonly ReportingDeadline? _final;

        public DeadlineList(DateRange runtime, DateOnly today, FigureOptions options)
        {
            _runtime = runtime;
            _today = today;
            _options = options;
            var due = FinalReportDue(runtime.End, options);
            _final = due is { } d ? new ReportingDeadline(DeadlineKind.Final, null, d, DeadlineStatusOf(d, today, options)) : null;
            Interim = runtime.End.Year - runtime.Start.Year;
            Count = Interim + (_final is null ? 0 : 1);
        }

        private int Interim { get; }

        public int Count { get; }

        public ReportingDeadline this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                if (index == Interim)
                {
                    return _final!;
                }
                var year = _runtime.Start.Year + index;
                var due = new DateOnly(year + 1, _options.InterimReportDueMonth, _options.InterimReportDueDay);
                return new ReportingDeadline(DeadlineKind.Interim, year, due, DeadlineStatusOf(due, _today, _options));
            }
        }

        public IEnumerator<ReportingDeadline> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
