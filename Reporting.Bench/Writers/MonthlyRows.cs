using System.Globalization;
using Reporting.Core.Excel;

namespace Reporting.Bench.Writers;

/// <summary>
/// Rows shaped like the monthly export's (Monatsexport, <c>Forms/Builders/MonthlyExport.cs</c>): the same 25 columns
/// with the same kinds (3 text, 2 dates, 9 counts, 3 percents, 2 numbers, a status text, 6 euros), the values derived
/// from the row number, so both writers get the same rows and every run writes the same file.
/// </summary>
internal static class MonthlyRows
{
    public const int ColumnCount = 25;

    private static readonly string[] Statuses = ["on_track", "at_risk", "off_track", "met", "missed"];
    private static readonly string[] Programs = ["BP-LZA", "BP-THA", "LP-AIA", "LP-JIA", "ESF-BIWAQ", "ESF-TEIL", "KP-BESCH", "KP-QUART"];

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("project_id", 14), new("program_id", 14), new("month", 9), new("from", 12, XlsxStyle.Date), new("to", 12, XlsxStyle.Date),
        new("entries", 9, XlsxStyle.Integer), new("entries_cumulative", 9, XlsxStyle.Integer), new("active_at_end", 9, XlsxStyle.Integer),
        new("exits", 9, XlsxStyle.Integer), new("occupancy", 10, XlsxStyle.Percent), new("placements", 9, XlsxStyle.Integer),
        new("placements_cumulative", 9, XlsxStyle.Integer), new("sustained", 9, XlsxStyle.Integer), new("target_placements", 9, XlsxStyle.Integer),
        new("attainment", 10, XlsxStyle.Percent), new("expected_by_now", 10, XlsxStyle.Amount), new("forecast_at_end", 10, XlsxStyle.Amount),
        new("status", 10), new("total_budget", 16, XlsxStyle.Euro), new("spent", 14, XlsxStyle.Euro), new("spent_cumulative", 16, XlsxStyle.Euro),
        new("remaining", 16, XlsxStyle.Euro), new("utilisation", 10, XlsxStyle.Percent), new("disbursed_cumulative", 16, XlsxStyle.Euro),
        new("overhang", 14, XlsxStyle.Euro),
    ];

    /// <summary>The values of row <paramref name="i"/>: 25 months per project.</summary>
    public static MonthlyRow Row(int i)
    {
        int project = i / 25;
        int month = i % 25;
        var from = new DateOnly(2018, 1, 1).AddMonths(month);
        int entries = 3 + (i * 7 % 11);
        int cumulative = (month + 1) * 8;
        int placements = i * 3 % 5;
        int placedSoFar = (month + 1) * 2;
        int target = 60 + project % 40;
        decimal budget = 1_500_000m + project % 97 * 10_000m;
        decimal spent = 40_000m + (i * 37 % 10_000) + 0.25m * (i % 4);
        decimal spentSoFar = spent * (month + 1);
        return new MonthlyRow(
            "P" + project.ToString("000000", CultureInfo.InvariantCulture), Programs[project % Programs.Length],
            from.ToString("yyyy-MM", CultureInfo.InvariantCulture), from, from.AddMonths(1).AddDays(-1),
            entries, cumulative, cumulative - month * 3, month * 3 % 7, Math.Round(0.5m + month % 50 / 100m, 6),
            placements, placedSoFar, placedSoFar / 2, target, Math.Round((decimal)placedSoFar / target, 6),
            Math.Round(target * (month + 1) / 25m, 2), Math.Round(placedSoFar * 25m / (month + 1), 2), Statuses[i % Statuses.Length],
            budget, spent, spentSoFar, budget - spentSoFar, Math.Round(spentSoFar / budget, 6), spentSoFar + 20_000m, month % 6 == 0 ? 1_250.50m : 0m);
    }

    /// <summary>Fills <paramref name="cells"/> with row <paramref name="i"/> as the monthly export's xlsx cells.</summary>
    public static void Fill(Span<XlsxCell> cells, MonthlyRow r)
    {
        cells[0] = XlsxCell.Text(r.ProjectId);
        cells[1] = XlsxCell.Text(r.ProgramId);
        cells[2] = XlsxCell.Text(r.Month);
        cells[3] = XlsxCell.Date(DateOnly.FromDateTime(r.From));
        cells[4] = XlsxCell.Date(DateOnly.FromDateTime(r.To));
        cells[5] = XlsxCell.Integer(r.Entries);
        cells[6] = XlsxCell.Integer(r.EntriesCumulative);
        cells[7] = XlsxCell.Integer(r.ActiveAtEnd);
        cells[8] = XlsxCell.Integer(r.Exits);
        cells[9] = XlsxCell.Percent(r.Occupancy);
        cells[10] = XlsxCell.Integer(r.Placements);
        cells[11] = XlsxCell.Integer(r.PlacementsCumulative);
        cells[12] = XlsxCell.Integer(r.Sustained);
        cells[13] = XlsxCell.Integer(r.TargetPlacements);
        cells[14] = XlsxCell.Percent(r.Attainment);
        cells[15] = XlsxCell.Amount(r.ExpectedByNow);
        cells[16] = XlsxCell.Amount(r.ForecastAtEnd);
        cells[17] = XlsxCell.Text(r.Status);
        cells[18] = XlsxCell.Euro(r.TotalBudget);
        cells[19] = XlsxCell.Euro(r.Spent);
        cells[20] = XlsxCell.Euro(r.SpentCumulative);
        cells[21] = XlsxCell.Euro(r.Remaining);
        cells[22] = XlsxCell.Percent(r.Utilisation);
        cells[23] = XlsxCell.Euro(r.DisbursedCumulative);
        cells[24] = XlsxCell.Euro(r.Overhang);
    }
}

/// <summary>One monthly-export row as a plain object (what MiniExcel writes; property names are the column names).</summary>
public sealed record MonthlyRow(
    string ProjectId, string ProgramId, string Month, DateTime From, DateTime To,
    int Entries, int EntriesCumulative, int ActiveAtEnd, int Exits, decimal Occupancy,
    int Placements, int PlacementsCumulative, int Sustained, int TargetPlacements, decimal Attainment,
    decimal ExpectedByNow, decimal ForecastAtEnd, string Status,
    decimal TotalBudget, decimal Spent, decimal SpentCumulative, decimal Remaining, decimal Utilisation,
    decimal DisbursedCumulative, decimal Overhang)
{
    public MonthlyRow(string projectId, string programId, string month, DateOnly from, DateOnly to,
        int entries, int entriesCumulative, int activeAtEnd, int exits, decimal occupancy,
        int placements, int placementsCumulative, int sustained, int targetPlacements, decimal attainment,
        decimal expectedByNow, decimal forecastAtEnd, string status,
        decimal totalBudget, decimal spent, decimal spentCumulative, decimal remaining, decimal utilisation,
        decimal disbursedCumulative, decimal overhang)
        : this(projectId, programId, month, from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue),
            entries, entriesCumulative, activeAtEnd, exits, occupancy, placements, placementsCumulative, sustained, targetPlacements,
            attainment, expectedByNow, forecastAtEnd, status, totalBudget, spent, spentCumulative, remaining, utilisation,
            disbursedCumulative, overhang)
    {
    }
}
