using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    private static ParticipantFigures ComputeParticipants(ProjectSnapshot snapshot, ReportingPeriod period)
    {
        var people = snapshot.Participants;
        var exits = people.Where(p => p.ExitDate is { } x && period.Contains(x)).ToList();
        var reasons = Enum.GetValues<ExitReason>().Select(r => (ExitReason?)r).Append(null).ToList();
        var byReason = new CountTable(
            "exit_reason",
            reasons.Select(r => r?.Code() ?? "unknown").ToList(),
            ["exits"],
            reasons.Select(r => (IReadOnlyList<int?>)[exits.Count(p => p.ExitReason == r)]).ToList(),
            [exits.Count],
            null);
        var places = snapshot.Project.Places;
        return new ParticipantFigures(
            Entries: people.Count(p => period.Contains(p.EntryDate)),
            EntriesCumulative: people.Count(p => p.EntryDate <= period.To),
            ActiveAtEnd: people.Count(p => IsActiveAtEnd(p, period.To)),
            Exits: exits.Count,
            ExitsByReason: byReason,
            Places: places,
            Occupancy: places is > 0 ? Occupancy(people, period, places.Value) : null);
    }

    /// <summary>Entered on or before <paramref name="to"/> and not left by then (an exit on <paramref name="to"/> has left).</summary>
    internal static bool IsActiveAtEnd(Participant p, DateOnly to) =>
        p.EntryDate <= to && (p.ExitDate is not { } exit || exit > to);

    /// <summary>Σ over days d of persons with entry ≤ d and (no exit or exit ≥ d), divided by days × places.</summary>
    private static decimal Occupancy(IReadOnlyList<Participant> people, ReportingPeriod period, int places)
    {
        long personDays = 0;
        foreach (var p in people)
        {
            var first = p.EntryDate > period.From ? p.EntryDate : period.From;
            var last = p.ExitDate is { } exit && exit < period.To ? exit : period.To;
            if (first <= last)
            {
                personDays += last.DayNumber - first.DayNumber + 1;
            }
        }
        return (decimal)personDays / ((decimal)period.Days * places);
    }
}
