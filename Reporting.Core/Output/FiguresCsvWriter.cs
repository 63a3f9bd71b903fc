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
        var rows = overview.Rows.Select(TargetCells).Append(TotalCells(overview.Total));
        CsvTableWriter.Write(output, style ?? CsvStyle.German, TargetsHeader, rows);
    }

    internal static IReadOnlyList<FigureCell> TargetCells(TargetRow r) =>
    [
        FigureCell.Of(r.ProjectId.Value),
        FigureCell.Of(r.Name),
        FigureCell.Of(r.ProgramId.Value),
        FigureCell.Count(r.TargetPlacements),
        FigureCell.Count(r.PlacementsCumulative),
        FigureCell.Ratio(r.Attainment),
        FigureCell.Decimal(r.ExpectedByNow),
        FigureCell.Decimal(r.ForecastAtEnd),
        FigureCell.Of(r.Status?.Code()),
        FigureCell.Euro(r.SpentCumulative),
        FigureCell.Euro(r.TotalBudget),
        FigureCell.Ratio(r.Utilisation),
        FigureCell.Euro(r.Overhang),
        FigureCell.Of(r.NextDeadline?.Kind.Code()),
        FigureCell.Day(r.NextDeadline?.Due),
        FigureCell.Of(r.NextDeadline?.Status.Code()),
    ];

    internal static IReadOnlyList<FigureCell> TotalCells(RollUp t) =>
    [
        FigureCell.Of("total"),
        FigureCell.Of(t.Scope),
        FigureCell.Empty,
        FigureCell.Count(t.TargetPlacements),
        FigureCell.Count(t.PlacementsCumulative),
        FigureCell.Ratio(t.Attainment),
        FigureCell.Decimal(t.ExpectedByNow),
        FigureCell.Decimal(t.ForecastAtEnd),
        FigureCell.Of(t.Status?.Code()),
        FigureCell.Euro(t.SpentCumulative),
        FigureCell.Euro(t.TotalBudget),
        FigureCell.Ratio(t.Utilisation),
        FigureCell.Euro(t.Overhang),
        FigureCell.Empty,
        FigureCell.Empty,
        FigureCell.Empty,
    ];
}
