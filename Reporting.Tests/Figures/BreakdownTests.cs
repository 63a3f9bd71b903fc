using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class BreakdownTests
{
    private static readonly ReportingPeriod July = ReportingPeriod.Month(2018, 7);

    [Test]
    public void Gender_EntriesActiveAndPlacements_WithUnknownAndTotals()
    {
        var snapshot = Snapshot(
            people:
            [
                Person("A", D(2018, 7, 1), gender: Gender.Female),
                Person("B", D(2018, 7, 2), gender: Gender.Female, exit: D(2018, 7, 31)),
                Person("C", D(2018, 3, 1), gender: Gender.Male),
                Person("D", D(2018, 7, 3)),
            ],
            placements: [Placed("B", D(2018, 7, 20)), Placed("C", D(2018, 7, 21)), Placed("Z", D(2018, 7, 22))]);

        var gender = FigureCalculator.Compute(snapshot, July).Breakdowns.Single(t => t.Name == "gender");

        Assert.That(gender.RowKeys, Is.EqualTo(new[] { "f", "m", "d", "x", "unknown" }));
        Assert.That(gender.ColumnKeys, Is.EqualTo(new[] { "entries", "active_at_end", "placements" }));
        Assert.That(gender.Cells.Select(r => r.ToArray()), Is.EqualTo(new[]
        {
            new int?[] { 2, 1, 1 },
            new int?[] { 0, 1, 1 },
            new int?[] { 0, 0, 0 },
            new int?[] { 0, 0, 0 },
            new int?[] { 1, 1, 1 },
        }), "Z was placed but is not in the participant list: unknown");
        Assert.That(gender.ColumnTotals, Is.EqualTo(new[] { 3, 3, 3 }));
        Assert.That(gender.RowTotals, Is.Null, "entries + active + placements is not a meaningful sum");
    }

    [TestCase(1994, "under_25", TestName = "AgeGroup_24AtEntry_Under25")]
    [TestCase(1993, "25_54", TestName = "AgeGroup_25AtEntry_25To54")]
    [TestCase(1964, "25_54", TestName = "AgeGroup_54AtEntry_25To54")]
    [TestCase(1963, "55_plus", TestName = "AgeGroup_55AtEntry_55Plus")]
    [TestCase(null, "unknown", TestName = "AgeGroup_NoBirthYear_Unknown")]
    public void AgeGroup_YearOfEntryMinusBirthYear(int? birthYear, string group)
    {
        var snapshot = Snapshot(people: [Person("A", D(2018, 7, 1), birthYear: birthYear)]);

        var age = FigureCalculator.Compute(snapshot, July).Breakdowns.Single(t => t.Name == "age_group");

        Assert.That(age.Cell(group, "entries"), Is.EqualTo(1));
    }

    [Test]
    public void Flags_YesNoUnknown_PerDimension()
    {
        var snapshot = Snapshot(people:
        [
            Person("A", D(2018, 7, 1), longTermUnemployed: true, refugee: false, disabled: null),
            Person("B", D(2018, 7, 1), longTermUnemployed: true, refugee: null, disabled: true),
        ]);

        var tables = FigureCalculator.Compute(snapshot, July).Breakdowns;

        Assert.That(tables.Select(t => t.Name), Is.EqualTo(new[] { "gender", "age_group", "long_term_unemployed", "refugee", "severely_disabled" }));
        Assert.That(tables[2].Cell("yes", "entries"), Is.EqualTo(2));
        Assert.That((tables[3].Cell("no", "entries"), tables[3].Cell("unknown", "entries")), Is.EqualTo(((int?)1, (int?)1)));
        Assert.That((tables[4].Cell("yes", "entries"), tables[4].Cell("unknown", "entries")), Is.EqualTo(((int?)1, (int?)1)));
    }
}
