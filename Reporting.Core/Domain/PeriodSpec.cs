using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Core.Domain;

/// <summary>A period as written by a user or a batch manifest, resolved later against a project and today's date.</summary>
/// <remarks>
/// Fixed: <c>2018-07</c>, <c>2018-Q3</c>, <c>2018</c>, <c>2018-01-01..2018-06-30</c> (also <c>01.01.2018..30.06.2018</c>).
/// Project-relative: <c>runtime</c>. Relative to today, for scripts: <c>last-month</c>, <c>last-quarter</c>,
/// <c>last-year</c> (the last complete month, quarter or year before today).
/// </remarks>
public sealed partial record PeriodSpec
{
    private enum Relative
    {
        None,
        Runtime,
        LastMonth,
        LastQuarter,
        LastYear,
    }

    private readonly Relative _relative;

    private PeriodSpec(string text, ReportingPeriod? fixedPeriod, Relative relative)
    {
        Text = text;
        Fixed = fixedPeriod;
        _relative = relative;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The period when it does not depend on a project or today, else null.</summary>
    public ReportingPeriod? Fixed { get; }

    public bool IsRuntime => _relative == Relative.Runtime;

    public static readonly PeriodSpec RuntimeSpec = new("runtime", null, Relative.Runtime);

    /// <summary>The period for a project with <paramref name="runtime"/>, before clipping. <paramref name="today"/> resolves last-month etc.</summary>
    public ReportingPeriod Resolve(DateRange runtime, DateOnly today) => _relative switch
    {
        Relative.None => Fixed!,
        Relative.Runtime => ReportingPeriod.Runtime(runtime),
        _ => ResolveRelative(today),
    };

    /// <summary>The period for a scope without one project (roll-ups); <c>runtime</c> becomes the span of <paramref name="span"/>.</summary>
    public ReportingPeriod ResolveWithoutProject(DateRange span, DateOnly today) => Resolve(span, today);

    private ReportingPeriod ResolveRelative(DateOnly today)
    {
        switch (_relative)
        {
            case Relative.LastMonth:
                var lastMonth = today.AddMonths(-1);
                return ReportingPeriod.Month(lastMonth.Year, lastMonth.Month);
            case Relative.LastQuarter:
                var q = (today.Month - 1) / 3 + 1;
                return q == 1 ? ReportingPeriod.Quarter(today.Year - 1, 4) : ReportingPeriod.Quarter(today.Year, q - 1);
            case Relative.LastYear:
                return ReportingPeriod.Year(today.Year - 1);
            default:
                throw new InvalidOperationException($"{_relative} is not relative to today.");
        }
    }

    public static ParseResult<PeriodSpec> Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        var lower = t.ToLowerInvariant();
        switch (lower)
        {
            case "runtime" or "laufzeit":
                return Ok(Relative.Runtime);
            case "last-month":
                return Ok(Relative.LastMonth);
            case "last-quarter":
                return Ok(Relative.LastQuarter);
            case "last-year":
                return Ok(Relative.LastYear);
        }

        try
        {
            var m = MonthPattern().Match(t);
            if (m.Success)
            {
                var month = Int(m.Groups[2].Value);
                if (month is < 1 or > 12)
                {
                    return Fail(t);
                }
                return OkFixed(ReportingPeriod.Month(Int(m.Groups[1].Value), month));
            }
            m = QuarterPattern().Match(t);
            if (m.Success)
            {
                var quarter = Int(m.Groups[2].Value);
                if (quarter is < 1 or > 4)
                {
                    return Fail(t);
                }
                return OkFixed(ReportingPeriod.Quarter(Int(m.Groups[1].Value), quarter));
            }
            m = YearPattern().Match(t);
            if (m.Success)
            {
                return OkFixed(ReportingPeriod.Year(Int(m.Groups[1].Value)));
            }
            var parts = t.Split("..", StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && TryDate(parts[0], out var from) && TryDate(parts[1], out var to))
            {
                if (from > to)
                {
                    return ParseResult<PeriodSpec>.Fail($"period '{t}' ends before it starts");
                }
                return OkFixed(ReportingPeriod.Between(from, to));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return Fail(t);
        }
        return Fail(t);

        ParseResult<PeriodSpec> Ok(Relative r) => ParseResult<PeriodSpec>.Ok(new PeriodSpec(lower, null, r));
        ParseResult<PeriodSpec> OkFixed(ReportingPeriod p) => ParseResult<PeriodSpec>.Ok(new PeriodSpec(t, p, Relative.None));
    }

    private static ParseResult<PeriodSpec> Fail(string t) => ParseResult<PeriodSpec>.Fail(
        $"'{t}' is not a period; use 2018-07, 2018-Q3, 2018, runtime, 2018-01-01..2018-06-30, last-month, last-quarter or last-year");

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, [Reporting.Core.Text.GermanFormat.IsoDatePattern, Reporting.Core.Text.GermanFormat.DatePattern], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})$")]
    private static partial Regex YearPattern();

    public override string ToString() => Text;
}
