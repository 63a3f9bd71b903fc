using Reporting.Core.Domain;

namespace Reporting.Core.Generation;

public static partial class DataGenerator
{
    private static readonly int[] ExitReasonWeights = [42, 12, 18, 28];
    private static readonly int[] KindWeights = [72, 12, 4, 9, 3];
    private static readonly int[] GenderWeights = [45, 52, 1, 1, 1];
    private static readonly int[] LongTermWeights = [68, 29, 3];
    private static readonly int[] RefugeeWeights = [14, 83, 3];
    private static readonly int[] DisabledWeights = [7, 90, 3];
    private static readonly int[] SustainedWeights = [68, 27, 5];

    /// <summary>
    /// Participants entering inside the runtime (none in its last three months) and mostly leaving after one to
    /// eighteen months with a reason (a stay past the end either goes on or ends on the last day as "other"), with the
    /// optional flags now and then unknown; and their placements: on or shortly before the exit for those placed, now
    /// and then a second one later, and a few subsidised jobs during participation. Sustainability is known for
    /// placements whose six months end before the follow-up three months after the runtime.
    /// </summary>
    private static void WritePeople(GeneratorFiles files, ProjectPlan plan, ulong seed, Vocabulary words)
    {
        var random = SeededRandom.For(seed, plan.Index, 2);
        var people = files.Participants;
        int runtimeDays = plan.End.DayNumber - plan.Start.DayNumber + 1;
        int entryDays = Math.Max(1, runtimeDays - 91);
        var followUpEnd = plan.End.AddMonths(3);
        for (long n = 1; n <= plan.Participants; n++)
        {
            var entry = plan.Start.AddDays(random.Below(entryDays));
            DateOnly? exit = null;
            ExitReason? reason = null;
            if (random.Below(100) >= 12)
            {
                var planned = entry.AddDays(30 + random.Below(541));
                if (planned <= plan.End)
                {
                    (exit, reason) = (planned, (ExitReason)random.Weighted(ExitReasonWeights));
                }
                else if (random.Chance(500))
                {
                    (exit, reason) = (plan.End, ExitReason.Other);
                }
            }
            people.Cell(plan.Id);
            people.Code("TN-", n, 6);
            people.Date(entry);
            people.Date(exit);
            people.Cell(reason is { } r ? words.Reason(r) : "");
            int gender = random.Weighted(GenderWeights);
            people.Cell(gender < 4 ? words.Gender((Gender)gender) : "");
            if (random.Chance(970))
            {
                people.Integer(entry.Year - random.Between(18, 62));
            }
            else
            {
                people.Empty();
            }
            people.Cell(words.Flag(Flag(random.Weighted(LongTermWeights))));
            people.Cell(words.Flag(Flag(random.Weighted(RefugeeWeights))));
            people.Cell(words.Flag(Flag(random.Weighted(DisabledWeights))));
            people.EndRow();

            if (reason == ExitReason.Placement)
            {
                var date = exit!.Value.AddDays(-random.Below(15));
                date = date < entry ? entry : date;
                var kind = (PlacementKind)random.Weighted(KindWeights);
                WritePlacement(files.Placements, plan, n, date, kind, random, words, followUpEnd);
                var later = date.AddDays(30 + random.Below(171));
                if (random.Chance(50) && later <= plan.End)
                {
                    WritePlacement(files.Placements, plan, n, later, PlacementKind.Employment, random, words, followUpEnd);
                }
            }
            else if (random.Chance(40))
            {
                var last = exit ?? plan.End;
                var date = entry.AddDays(random.Below(last.DayNumber - entry.DayNumber + 1));
                WritePlacement(files.Placements, plan, n, date, PlacementKind.Subsidised, random, words, followUpEnd);
            }
        }
    }

    private static void WritePlacement(CsvRowWriter placements, ProjectPlan plan, long participant, DateOnly date, PlacementKind kind,
        SeededRandom random, Vocabulary words, DateOnly followUpEnd)
    {
        placements.Cell(plan.Id);
        placements.Code("TN-", participant, 6);
        placements.Date(date);
        placements.Cell(words.Kind(kind));
        placements.Cell(random.Pick(Catalogue.Sectors));
        bool? sustained = date.AddMonths(6) <= followUpEnd ? Flag(random.Weighted(SustainedWeights)) : null;
        placements.Cell(words.Flag(sustained));
        placements.EndRow();
    }

    /// <summary>Weighted index 0 = yes, 1 = no, 2 = not known.</summary>
    private static bool? Flag(int index) => index switch
    {
        0 => true,
        1 => false,
        _ => null,
    };
}
