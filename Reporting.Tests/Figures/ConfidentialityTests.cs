using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class ConfidentialityTests
{
    private static CountTable Column(params int[] values) => new(
        "gender",
        ["f", "m", "d", "x", "unknown"],
        ["entries"],
        values.Select(v => (IReadOnlyList<int?>)[v]).ToList(),
        [values.Sum()],
        null);

    private static CountTable Grid(int[,] values)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var cells = Enumerable.Range(0, rows)
            .Select(r => (IReadOnlyList<int?>)Enumerable.Range(0, columns).Select(c => (int?)values[r, c]).ToList()).ToList();
        return new CountTable(
            "grid",
            Enumerable.Range(0, rows).Select(r => $"r{r}").ToList(),
            Enumerable.Range(0, columns).Select(c => $"c{c}").ToList(),
            cells,
            Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Sum(r => values[r, c])).ToList(),
            Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Sum(c => values[r, c])).ToList());
    }

    [Test]
    public void Suppress_SingleSmallCellInColumn_AlsoHidesSmallestOtherNonZeroCell()
    {
        // Without a second cell: d = 19 − 10 − 8 − 0 − 0 = 1 could be worked out.
        var table = Column(10, 8, 1, 0, 0);

        var published = Confidentiality.Suppress(table);

        Assert.That(published.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { 10, null, null, 0, 0 }));
        Assert.That(published.ColumnTotals, Is.EqualTo(new[] { 19 }));
        AssertNothingRecoverable(table, published);
    }

    [Test]
    public void Suppress_TwoSmallCellsInColumn_NoSecondaryNeeded()
    {
        var table = Column(10, 2, 1, 0, 5);

        var published = Confidentiality.Suppress(table);

        Assert.That(published.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { 10, null, null, 0, 5 }));
        AssertNothingRecoverable(table, published);
    }

    [Test]
    public void Suppress_NoSmallCells_TableUnchanged()
    {
        var table = Column(10, 3, 0, 0, 4);

        var published = Confidentiality.Suppress(table);

        Assert.That(published.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { 10, 3, 0, 0, 4 }));
        Assert.That(published.HasSuppressedCells, Is.False);
    }

    [Test]
    public void Suppress_MinimumCasesFive_HidesThreeAndFour()
    {
        var published = Confidentiality.Suppress(Column(10, 3, 4, 0, 6), minimumCases: 5);

        Assert.That(published.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { 10, null, null, 0, 6 }));
    }

    [Test]
    public void Suppress_RowAndColumnTotals_IteratesUntilEveryLineHidesTwoCells()
    {
        // 1 at (0,0) → column 0 hides 4 at (1,0); row 0 hides 5 at (0,1); now row 1 has one hidden cell → 7 at (1,1).
        var table = Grid(new[,] { { 1, 5, 6 }, { 4, 7, 9 }, { 8, 3, 10 } });

        var published = Confidentiality.Suppress(table);

        Assert.That(published.Cells.Select(r => r.ToArray()), Is.EqualTo(new[]
        {
            new int?[] { null, null, 6 },
            new int?[] { null, null, 9 },
            new int?[] { 8, 3, 10 },
        }));
        Assert.That(published.RowTotals, Is.EqualTo(new[] { 12, 20, 21 }));
        Assert.That(published.ColumnTotals, Is.EqualTo(new[] { 13, 15, 25 }));
        AssertNothingRecoverable(table, published);
    }

    [Test]
    public void Suppress_OnlyZerosBesideTheSmallCell_HidesAZeroSoTheTotalDoesNotGiveItAway()
    {
        var table = Column(0, 2, 0, 0, 0);

        var published = Confidentiality.Suppress(table);

        Assert.That(published.Cells.Count(r => r[0] is null), Is.EqualTo(2));
        AssertNothingRecoverable(table, published);
    }

    [Test]
    public void Apply_ProjectFigures_SuppressesBreakdownsButNeverEuros()
    {
        var snapshot = Snapshot(
            people: [.. Enumerable.Range(1, 6).Select(i => Person($"F{i}", D(2018, 7, 1), gender: Gender.Female)), Person("M1", D(2018, 7, 2), gender: Gender.Male)],
            spending: [Spend("V1", D(2018, 7, 1), 1.50m)]);
        var internalFigures = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 7));

        var published = Confidentiality.Apply(internalFigures);

        var gender = published.Breakdowns.Single(t => t.Name == "gender");
        Assert.That(gender.Cell("m", "entries"), Is.Null);
        Assert.That(gender.Cell("f", "entries"), Is.Null, "the only other non-zero cell of the column");
        Assert.That(gender.ColumnTotal("entries"), Is.EqualTo(7));
        Assert.That(published.Funding, Is.SameAs(internalFigures.Funding));
        Assert.That(published.Participants.Entries, Is.EqualTo(7));
    }

    [Test]
    public void Apply_ExitsByReason_SuppressedLikeABreakdown()
    {
        var snapshot = Snapshot(people:
        [
            .. Enumerable.Range(1, 4).Select(i => Person($"P{i}", D(2018, 1, 1), D(2018, 7, 10), ExitReason.Placement)),
            Person("D1", D(2018, 1, 1), D(2018, 7, 11), ExitReason.Dropout),
        ]);

        var exits = Confidentiality.Apply(FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 7))).Participants.ExitsByReason;

        Assert.That(exits.Cells.Select(r => r[0]), Is.EqualTo(new int?[] { null, 0, null, 0, 0 }));
        Assert.That(exits.ColumnTotal("exits"), Is.EqualTo(5));
    }

    [Test]
    public void Apply_EveryPublishedTable_NoHiddenValueRecoverableFromTotals()
    {
        var snapshot = Snapshot(
            people:
            [
                Person("A", D(2018, 7, 1), gender: Gender.Female, birthYear: 1990, refugee: true),
                Person("B", D(2018, 7, 2), gender: Gender.Female, birthYear: 1980, refugee: false),
                Person("C", D(2018, 7, 3), gender: Gender.Female, birthYear: 1970, refugee: false),
                Person("E", D(2018, 7, 4), gender: Gender.Male, birthYear: 1960, refugee: false, exit: D(2018, 7, 20), reason: ExitReason.Training),
                Person("F", D(2018, 7, 5), gender: Gender.Diverse, birthYear: 2000, refugee: false),
                Person("G", D(2018, 7, 6), gender: Gender.Male, birthYear: 1985),
            ],
            placements: [Placed("A", D(2018, 7, 10)), Placed("B", D(2018, 7, 11)), Placed("C", D(2018, 7, 12)), Placed("F", D(2018, 7, 13))]);
        var internalFigures = FigureCalculator.Compute(snapshot, ReportingPeriod.Month(2018, 7));

        var published = Confidentiality.Apply(internalFigures);

        var pairs = internalFigures.Breakdowns.Zip(published.Breakdowns)
            .Append((internalFigures.Participants.ExitsByReason, published.Participants.ExitsByReason));
        foreach (var (original, suppressed) in pairs)
        {
            Assert.That(suppressed.ColumnTotals, Is.EqualTo(original.ColumnTotals), original.Name);
            AssertNothingRecoverable(original, suppressed);
        }
        Assert.That(published.Breakdowns.Single(t => t.Name == "gender").HasSuppressedCells, Is.True);
    }

    /// <summary>Every suppressed cell must take at least two values over all non-negative fillings consistent with the totals.</summary>
    private static void AssertNothingRecoverable(CountTable original, CountTable published)
    {
        var hidden = new List<(int Row, int Column)>();
        for (var r = 0; r < published.RowKeys.Count; r++)
        {
            for (var c = 0; c < published.ColumnKeys.Count; c++)
            {
                if (published[r, c] is null)
                {
                    hidden.Add((r, c));
                }
            }
        }
        var bound = Math.Max(original.ColumnTotals?.Max() ?? 0, original.RowTotals?.Max() ?? 0);
        var seen = hidden.Select(_ => new HashSet<int>()).ToList();
        var values = new int[hidden.Count];

        void Fill(int i)
        {
            if (i == hidden.Count)
            {
                if (Consistent())
                {
                    for (var k = 0; k < hidden.Count; k++)
                    {
                        seen[k].Add(values[k]);
                    }
                }
                return;
            }
            for (var v = 0; v <= bound; v++)
            {
                values[i] = v;
                Fill(i + 1);
            }
        }

        int Value(int r, int c)
        {
            var index = hidden.IndexOf((r, c));
            return index >= 0 ? values[index] : published[r, c]!.Value;
        }

        bool Consistent()
        {
            for (var c = 0; c < published.ColumnKeys.Count && published.ColumnTotals is { } totals; c++)
            {
                if (Enumerable.Range(0, published.RowKeys.Count).Sum(r => Value(r, c)) != totals[c])
                {
                    return false;
                }
            }
            for (var r = 0; r < published.RowKeys.Count && published.RowTotals is { } totals; r++)
            {
                if (Enumerable.Range(0, published.ColumnKeys.Count).Sum(c => Value(r, c)) != totals[r])
                {
                    return false;
                }
            }
            return true;
        }

        Fill(0);
        for (var k = 0; k < hidden.Count; k++)
        {
            Assert.That(seen[k], Does.Contain(original[hidden[k].Row, hidden[k].Column]!.Value), "the true value is feasible");
            Assert.That(seen[k], Has.Count.GreaterThan(1), $"cell {hidden[k]} can be recovered");
        }
    }
}
