using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>Tables read from <see cref="ProjectFigures"/>, shared by the forms that show them.</summary>
internal static class FigureTables
{
    public static TableSpec<T> ExitsByReason<T>(Func<T, ProjectFigures> figures) => new(
        "exits_by_reason",
        "Austritte nach Grund",
        [Col("reason", ValueKind.Text, "Austrittsgrund", 28), Col("exits", ValueKind.Count, "Austritte", 12)],
        s =>
        {
            var f = figures(s).Participants;
            var table = f.ExitsByReason;
            return table.RowKeys.Select((key, r) => Row(FormValue.Of(GermanLabels.ExitReason(key)), Count(table[r, 0])))
                .Append(Total(FormValue.Of("Summe"), FormValue.Of(f.Exits)));
        });

    /// <summary>A person count of a (possibly published) table: null there means suppressed.</summary>
    private static FormValue Count(int? n) => n is { } v ? FormValue.Of(v) : FormValue.Suppressed();

    public static TableSpec<T> PlacementsByKind<T>(Func<T, ProjectFigures> figures) => new(
        "placements_by_kind",
        "Vermittlungen nach Art (Personen je Art)",
        [
            Col("kind", ValueKind.Text, "Art", 40),
            Col("counts_towards_target", ValueKind.Flag, "zählt zum Ziel", 14),
            Col("placements", ValueKind.Count, "im Zeitraum", 12),
            Col("placements_cumulative", ValueKind.Count, "kumuliert", 12),
        ],
        s => figures(s).Placements.ByKind.Select(k => Row(
            FormValue.Of(GermanLabels.Of(k.Kind)), FormValue.Flag(k.CountsTowardsTarget),
            FormValue.Of(k.Placements), FormValue.Of(k.PlacementsCumulative))));

    public static TableSpec<T> CostCategories<T>(Func<T, ProjectFigures> figures) => new(
        "cost_categories",
        "Ausgaben nach Kostenart gegen Bewilligung",
        [
            Col("cost_category", ValueKind.Text, "Kostenart", 14),
            Col("label", ValueKind.Text, "Bezeichnung", 30),
            Col("approved", ValueKind.Euro, "bewilligt", 16),
            Col("spent", ValueKind.Euro, "im Zeitraum", 16),
            Col("spent_cumulative", ValueKind.Euro, "kumuliert", 16),
            Col("overrun", ValueKind.Euro, "Überschreitung", 16),
            Col("overrun_beyond_tolerance", ValueKind.Flag, "über 20 %", 10),
        ],
        s =>
        {
            var f = figures(s).Funding;
            return f.Categories.Select(c => Row(
                    FormValue.Of(c.CostCategory), FormValue.Of(c.Label), FormValue.Of(c.Approved), FormValue.Of(c.Spent),
                    FormValue.Of(c.SpentCumulative), FormValue.Of(c.Overrun), FormValue.Flag(c.OverrunBeyondTolerance)))
                .Append(Total(
                    FormValue.Of("Summe"), FormValue.Of((string?)null),
                    FormValue.Of(f.Categories.Where(c => c.Approved is not null).Sum(c => c.Approved!.Value)),
                    FormValue.Of(f.Spent), FormValue.Of(f.SpentCumulative),
                    FormValue.Of(f.Categories.Sum(c => c.Overrun)), FormValue.Flag(null)));
        });

    /// <summary>All breakdowns in one table: a block of rows per dimension closed by its subtotal (the totals, which
    /// are never suppressed). Suppressed cells are already null in the figures and become <c>*</c>.</summary>
    public static TableSpec<T> Breakdowns<T>(Func<T, ProjectFigures> figures) => new(
        "breakdowns",
        "Merkmale der Teilnehmenden",
        [
            Col("dimension", ValueKind.Text, "Merkmal", 26),
            Col("value", ValueKind.Text, "Ausprägung", 18),
            Col("entries", ValueKind.Count, "Eintritte", 12),
            Col("active_at_end", ValueKind.Count, "am Stichtag", 12),
            Col("placements", ValueKind.Count, "Vermittlungen", 14),
        ],
        s => figures(s).Breakdowns.SelectMany(BreakdownRows));

    private static IEnumerable<FormRow> BreakdownRows(CountTable table)
    {
        var dimension = GermanLabels.Dimension(table.Name);
        for (var r = 0; r < table.RowKeys.Count; r++)
        {
            var cells = new List<FormValue> { FormValue.Of(dimension), FormValue.Of(GermanLabels.BreakdownValue(table.Name, table.RowKeys[r])) };
            for (var c = 0; c < table.ColumnKeys.Count; c++)
            {
                cells.Add(Count(table[r, c]));
            }
            yield return new FormRow(cells);
        }
        if (table.ColumnTotals is { } totals)
        {
            var cells = new List<FormValue> { FormValue.Of(dimension), FormValue.Of("insgesamt") };
            cells.AddRange(totals.Select(t => FormValue.Of(t)));
            yield return new FormRow(cells, RowRole.Subtotal);
        }
    }
}
