using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>Zwischennachweis deadlines (one per budget year that does not contain the end date, due on the
    /// configured day of the following year, default 30 April) and the Verwendungsnachweis (end date + 6 months),
    /// in that order, each with its status relative to <paramref name="today"/>.</summary>
    /// <remarks>A deadline met by a <see cref="Submission"/> of the proof of use for its period (the budget year or the
    /// runtime, cut to the runtime) handed in on or before <paramref name="today"/> is <c>submitted</c>, with the day
    /// it was handed in (late when after the due day). The list is computed when read, so a project open until 31.12.9999 (thousands of budget years) costs
    /// nothing until someone lists its deadlines. A Verwendungsnachweis that would fall after 31.12.9999 has no date in
    /// the calendar and is left out.</remarks>
    public static IReadOnlyList<ReportingDeadline> Deadlines(DateRange runtime, DateOnly today, FigureOptions? options = null,
        IReadOnlyList<Submission>? submissions = null) =>
        new DeadlineList(runtime, today, options ?? FigureOptions.Default, submissions ?? []);

    /// <summary>The deadline a report points to: the first not yet submitted on or after <paramref name="today"/>, else
    /// the last not submitted (overdue), else the last one (all submitted).</summary>
    public static ReportingDeadline? NextDeadline(IReadOnlyList<ReportingDeadline> deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return deadlines.FirstOrDefault(d => d.Status != DeadlineStatus.Submitted && d.Due >= today)
            ?? deadlines.LastOrDefault(d => d.Status != DeadlineStatus.Submitted)
            ?? deadlines.LastOrDefault();
    }

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

    /// <summary>The form whose submission meets a deadline (the proof of use; its form key).</summary>
    public const string ProofOfUseForm = "proof";

    /// <summary>The deadlines of one runtime, each made when it is read.</summary>
    private sealed class DeadlineList : IReadOnlyList<ReportingDeadline>
    {
        private readonly DateRange _runtime;
        private readonly DateOnly _today;
        private readonly FigureOptions _options;
        private readonly ReportingDeadline? _final;
        private readonly IReadOnlyList<Submission> _submissions;

        public DeadlineList(DateRange runtime, DateOnly today, FigureOptions options, IReadOnlyList<Submission> submissions)
        {
            _runtime = runtime;
            _today = today;
            _options = options;
            _submissions = submissions;
            var due = FinalReportDue(runtime.End, options);
            _final = due is { } d ? Judged(new ReportingDeadline(DeadlineKind.Final, null, d, DeadlineStatusOf(d, today, options)), runtime) : null;
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
                var deadline = new ReportingDeadline(DeadlineKind.Interim, year, due, DeadlineStatusOf(due, _today, _options));
                return _submissions.Count == 0 ? deadline : Judged(deadline, ReportingPeriod.Year(year).Range.Intersect(_runtime)!.Value);
            }
        }

        /// <summary>The deadline as submitted when a proof of use for <paramref name="covers"/> was handed in by today.</summary>
        private ReportingDeadline Judged(ReportingDeadline deadline, DateRange covers)
        {
            var submitted = _submissions
                .Where(s => s.Form == ProofOfUseForm && s.SubmittedOn <= _today && s.Period.From == covers.Start && s.Period.To == covers.End)
                .OrderBy(s => s.SubmittedOn)
                .FirstOrDefault();
            return submitted is null ? deadline : deadline with { Status = DeadlineStatus.Submitted, SubmittedOn = submitted.SubmittedOn };
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
