using Reporting.Core.Figures;
using static Reporting.Core.Output.FigureMember;

namespace Reporting.Core.Output;

/// <summary>One figure as a flat row: section, name (as in figures.md), key (a category, kind, breakdown row) and value.</summary>
internal sealed record FigureRow(string Section, string Figure, string Key, FigureCell Value);

/// <summary>Flattens <see cref="ProjectFigures"/> into rows for the CSV and text-table writers (no computing, only listing):
/// the members of <see cref="FigureMembers"/> that are not JSON-only, section by section.</summary>
internal static class FigureRows
{
    public static IReadOnlyList<FigureRow> Of(ProjectFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var rows = new List<FigureRow>();
        rows.AddRange(Section("project",
            [.. FigureMembers.Identity(f), FigureMember.Of("period", f.Period.Label), Day("from", f.Period.From), Day("to", f.Period.To)]));
        rows.AddRange(Section("participants", FigureMembers.Participants(f.Participants)));
        rows.AddRange(Section("placements", FigureMembers.Placements(f.Placements)));
        rows.AddRange(Section("funding", FigureMembers.Funding(f.Funding)));
        foreach (var c in f.Funding.Categories)
        {
            rows.AddRange(Section("cost_category", FigureMembers.Category(c), c.CostCategory));
        }
        if (f.RequestableNow is { } fr)
        {
            rows.AddRange(Section("funds_request", FigureMembers.FundsRequest(fr)));
        }
        // A breakdown's rows are keyed by its row key (and "total" for the column totals), one row per column.
        foreach (var t in f.Breakdowns)
        {
            foreach (var row in FigureMembers.Table(t).Members!)
            {
                rows.AddRange(row.Members!.Where(cell => cell.Flat).Select(cell => new FigureRow("breakdown_" + t.Name, cell.Key, row.Key, cell.Value)));
            }
        }
        foreach (var d in f.Deadlines)
        {
            rows.AddRange(Section("deadlines", FigureMembers.Deadline(d), FigureMembers.DeadlineKey(d)));
        }
        return rows;
    }

    /// <summary>The rows of <paramref name="members"/>: a value is a row named by its key; the values of a nested object are
    /// rows keyed by their own keys (exits_by_reason by reason); an object of objects gives rows named
    /// <c>value_object</c>, keyed by the inner object (placements_by_kind by kind).</summary>
    private static IEnumerable<FigureRow> Section(string section, IEnumerable<FigureMember> members, string key = "")
    {
        foreach (var m in members.Where(m => m.Flat))
        {
            if (m.Members is null)
            {
                yield return new(section, m.Key, key, m.Value);
                continue;
            }
            foreach (var c in m.Members.Where(c => c.Flat))
            {
                if (c.Members is null)
                {
                    yield return new(section, m.Key, c.Key, c.Value);
                    continue;
                }
                foreach (var g in c.Members.Where(g => g.Flat))
                {
                    yield return new(section, g.Key + "_" + m.Key, c.Key, g.Value);
                }
            }
        }
    }
}
