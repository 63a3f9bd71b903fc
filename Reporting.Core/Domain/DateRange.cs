using System.Globalization;
namespace Reporting.Core.Domain;

/// <summary>A closed range of calendar days [Start, End], both ends included.</summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    /// <summary>Number of days, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>The overlap with <paramref name="other"/>, or null when the ranges do not meet.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return start <= end ? new DateRange(start, end) : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}
