namespace Reporting.Core.Figures;

/// <summary>Statistical confidentiality for published outputs (docs/figures.md, docs/sources.md). Pure; applied to the
/// model once, before any writer sees it, so every output hides the same cells.</summary>
/// <remarks>
/// <para>Primary: a person count with 0 &lt; n &lt; <c>minimumCases</c> (default 3, so 1 and 2) is suppressed. 0 stays.</para>
/// <para>Secondary: for every sum the table shows (a column over its total row, a row over its total column), if exactly
/// one of its cells is suppressed, the smallest other non-zero cell of that line is suppressed too (a zero cell only when
/// no non-zero one is left), so the hidden value cannot be worked out by subtraction. Repeated until nothing changes,
/// because a secondary cell can leave another line with a single hidden cell. Totals are never suppressed.</para>
/// </remarks>
internal static class Confidentiality
{
    public const int DefaultMinimumCases = 3;

    /// <summary>The figures with every breakdown table and the exits by reason suppressed. Euro figures and the
    /// project's own totals (entries, exits, placements ...) are never touched.</summary>
    public static ProjectFigures Apply(ProjectFigures figures, int minimumCases = DefaultMinimumCases)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures with
        {
            Participants = figures.Participants with { ExitsByReason = Suppress(figures.Participants.ExitsByReason, minimumCases) },
            Breakdowns = figures.Breakdowns.Select(t => Suppress(t, minimumCases)).ToList(),
        };
    }

    /// <summary>The table with small counts and the cells they could be recovered from replaced by null.</summary>
    public static CountTable Suppress(CountTable table, int minimumCases = DefaultMinimumCases)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.RowKeys.Count;
        var columns = table.ColumnKeys.Count;
        var hidden = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                hidden[r, c] = table[r, c] is null or > 0 && (table[r, c] ?? 0) < minimumCases;
            }
        }

        var lines = new List<(int Row, int Column)[]>();
        if (table.ColumnTotals is not null)
        {
            lines.AddRange(Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToArray()));
        }
        if (table.RowTotals is not null)
        {
            lines.AddRange(Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => (r, c)).ToArray()));
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(x => hidden[x.Row, x.Column]) != 1)
                {
                    continue;
                }
                var candidates = line.Where(x => !hidden[x.Row, x.Column]).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }
                var pick = candidates
                    .OrderBy(x => table[x.Row, x.Column] > 0 ? 0 : 1)
                    .ThenBy(x => table[x.Row, x.Column])
                    .First();
                hidden[pick.Row, pick.Column] = true;
                changed = true;
            }
        }
        while (changed);

        var cells = Enumerable.Range(0, rows)
            .Select(r => (IReadOnlyList<int?>)Enumerable.Range(0, columns).Select(c => hidden[r, c] ? null : table[r, c]).ToList())
            .ToList();
        return table with { Cells = cells };
    }
}
