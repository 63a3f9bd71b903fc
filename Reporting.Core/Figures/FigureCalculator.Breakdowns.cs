using Reporting.Core.Domain;

namespace Reporting.Core.Figures;

public static partial class FigureCalculator
{
    /// <summary>The columns of every breakdown table.</summary>
    public static readonly IReadOnlyList<string> BreakdownColumns = ["entries", "active_at_end", "placements"];

    private static readonly string[] YesNo = ["yes", "no", "unknown"];

    private static IReadOnlyList<CountTable> ComputeBreakdowns(
        ProjectSnapshot snapshot, ReportingPeriod period, IReadOnlyDictionary<ParticipantId, Placement> placed)
    {
        var byId = snapshot.Participants.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var entered = snapshot.Participants.Where(p => period.Contains(p.EntryDate)).ToList();
        var active = snapshot.Participants.Where(p => IsActiveAtEnd(p, period.To)).ToList();
        // A placed person missing from the participant list still counts, under "unknown".
        var placedInPeriod = placed.Values.Where(p => period.Contains(p.Date))
            .Select(p => byId.GetValueOrDefault(p.ParticipantId))
            .ToList();

        CountTable Table(string name, IReadOnlyList<string> keys, Func<Participant?, string> key)
        {
            var cells = keys.Select(k => (IReadOnlyList<int?>)
            [
                entered.Count(p => key(p) == k),
                active.Count(p => key(p) == k),
                placedInPeriod.Count(p => key(p) == k),
            ]).ToList();
            return new CountTable(name, keys, BreakdownColumns, cells, [entered.Count, active.Count, placedInPeriod.Count], null);
        }

        return
        [
            Table("gender", ["f", "m", "d", "x", "unknown"], p => p?.Gender?.Code() ?? "unknown"),
            Table("age_group", ["under_25", "25_54", "55_plus", "unknown"], AgeGroup),
            Table("long_term_unemployed", YesNo, p => Flag(p?.LongTermUnemployed)),
            Table("refugee", YesNo, p => Flag(p?.Refugee)),
            Table("severely_disabled", YesNo, p => Flag(p?.SeverelyDisabled)),
        ];
    }

    /// <summary>Age at entry = year(entry_date) − birth_year: under_25, 25_54, 55_plus, or unknown.</summary>
    internal static string AgeGroup(Participant? p) => p?.BirthYear is not { } born
        ? "unknown"
        : (p.EntryDate.Year - born) switch
        {
            < 25 => "under_25",
            < 55 => "25_54",
            _ => "55_plus",
        };

    private static string Flag(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "unknown",
    };
}
