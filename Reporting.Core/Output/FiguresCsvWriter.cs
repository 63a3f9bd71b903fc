using Reporting.Core.Figures;

namespace Reporting.Core.Output;

/// <summary>Figures as CSV. One project: a long table <c>section;figure;key;value</c> (names as in figures.md).
/// Targets overview: one row per project and a last row <c>total</c> with the roll-up.</summary>
public static class FiguresCsvWriter
{
    public static readonly IReadOnlyList<string> FigureHeader = ["section", "figure", "key", "value"];

    public static readonly IReadOnlyList<string> TargetsHeader =
    [
        "project_id", "project_name", "program_id", "target_placements", "placements_cumulative", "attainment",
        "expected_by_now", "forecast_at_end", "status", "spent_cumulative", "total_budget", "utilisation", "overhang",
        "next_deadline_kind", "next_deadline_due", "next_deadline_status",
    ];

    public static void Write(ProjectFigures figures, Stream output, CsvStyle? style = null) =>
        CsvTableWriter.Write(output, style ?? CsvStyle.German, FigureHeader,
            FigureRows.Of(figures).Select(r => (IReadOnlyList<FigureCell>)
                [FigureCell.Of(r.Section), FigureCell.Of(r.Figure), FigureCell.Of(r.Key), r.Value]));

    public static void WriteTargets(TargetsOverview overview, Stream output, CsvStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(overview);
        CsvTableWriter.Write(output, style ?? CsvStyle.German, TargetsHeader, TargetRows(overview));
    }

    /// <summary>The rows under <see cref="TargetsHeader"/>: one per project, then <c>total</c> with the roll-up.</summary>
    internal static IEnumerable<IReadOnlyList<FigureCell>> TargetRows(TargetsOverview overview)
    {
        var total = overview.Total;
        return overview.Rows.Select(r => TargetColumns(FigureMembers.Target(r)))
            .Append(TargetColumns([FigureMember.Of("project_id", "total"), FigureMember.Of("project_name", total.Scope), .. FigureMembers.RollUp(total)]));
    }

    /// <summary>The cells under <see cref="TargetsHeader"/>: each column the member of its name, a member of a nested object
    /// named <c>object_member</c> (<c>next_deadline_due</c>); empty where there is none. The first member of a name counts.</summary>
    private static IReadOnlyList<FigureCell> TargetColumns(IEnumerable<FigureMember> members)
    {
        var byName = new Dictionary<string, FigureCell>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var c in m.Members ?? [])
            {
                byName.TryAdd(m.Key + "_" + c.Key, c.Value);
            }
            byName.TryAdd(m.Key, m.Value);
        }
        return [.. TargetsHeader.Select(h => byName.GetValueOrDefault(h, FigureCell.Empty))];
    }
}
