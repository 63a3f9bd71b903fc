using System.Globalization;

namespace Reporting.Core.Domain;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
    Runtime,
    Range,
}

/// <summary>A closed reporting period [From, To] of calendar days.</summary>
/// <remarks>
/// <para>Both ends are included: <c>Month(2018, 7)</c> is 2018-07-01..2018-07-31.</para>
/// <para>"As of" (Stichtag) is <see cref="To"/>, the last day of the period.</para>
/// <para><see cref="ClipTo"/> cuts a period to a project's runtime (figures.md); the label stays, so a
/// quarter cut to a project that starts mid-quarter is still reported as that quarter.</para>
/// <para>Equality is by value: kind, label and both dates.</para>
/// </remarks>
public sealed record ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, DateOnly from, DateOnly to, string label)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        Kind = kind;
        From = from;
        To = to;
        Label = label;
    }

    public PeriodKind Kind { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>How the period is written on the command line and in file names: <c>2018-07</c>, <c>2018-Q3</c>, <c>2018</c>, <c>runtime</c>, <c>2018-01-01..2018-06-30</c>.</summary>
    public string Label { get; }

    /// <summary>The key date (Stichtag): the last day of the period.</summary>
    public DateOnly AsOf => To;

    /// <summary>Number of days, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateRange Range => new(From, To);

    public bool Contains(DateOnly day) => From <= day && day <= To;

    public static ReportingPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, from, CalendarMath.LastDayOfMonth(year, month), string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
    }

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(PeriodKind.Quarter, from, CalendarMath.LastDayOfMonth(year, quarter * 3), string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}"));
    }

    public static ReportingPeriod Year(int year) =>
        new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("D4", CultureInfo.InvariantCulture));

    public static ReportingPeriod Runtime(DateRange projectRuntime) =>
        new(PeriodKind.Runtime, projectRuntime.Start, projectRuntime.End, "runtime");

    public static ReportingPeriod Between(DateOnly from, DateOnly to) =>
        new(PeriodKind.Range, from, to, string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}"));

    /// <summary>The period cut to <paramref name="runtime"/>, or null when the two do not overlap.</summary>
    public ReportingPeriod? ClipTo(DateRange runtime)
    {
        var overlap = Range.Intersect(runtime);
        return overlap is { } o ? new ReportingPeriod(Kind, o.Start, o.End, Label) : null;
    }

    /// <summary>Parses a fixed period (<c>2018-07</c>, <c>2018-Q3</c>, <c>2018</c>, <c>2018-01-01..2018-06-30</c>).
    /// Relative periods and <c>runtime</c> go through <see cref="PeriodSpec"/>.</summary>
    public static ParseResult<ReportingPeriod> Parse(string text)
    {
        var spec = PeriodSpec.Parse(text);
        if (!spec.Success)
        {
            return ParseResult<ReportingPeriod>.Fail(spec.Error);
        }
        return spec.Value.Fixed is { } period
            ? ParseResult<ReportingPeriod>.Ok(period)
            : ParseResult<ReportingPeriod>.Fail($"'{text}' depends on a project or on today's date; use PeriodSpec.");
    }

    public override string ToString() => Label == Range.ToString() ? Label : $"{Label} ({Range})";
}
