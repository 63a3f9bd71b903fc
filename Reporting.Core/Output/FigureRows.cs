using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Output;

/// <summary>One figure as a flat row: section, name (as in figures.md), key (a category, kind, breakdown row) and value.</summary>
internal sealed record FigureRow(string Section, string Figure, string Key, FigureCell Value);

/// <summary>Flattens <see cref="ProjectFigures"/> into rows for the CSV and text-table writers (no computing, only listing).</summary>
internal static class FigureRows
{
    public static IReadOnlyList<FigureRow> Of(ProjectFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var rows = new List<FigureRow>();
        void Add(string section, string figure, FigureCell value, string key = "") => rows.Add(new FigureRow(section, figure, key, value));

        Add("project", "project_id", FigureCell.Of(f.ProjectId.Value));
        Add("project", "project_name", FigureCell.Of(f.ProjectName));
        Add("project", "program_id", FigureCell.Of(f.ProgramId.Value));
        Add("project", "period", FigureCell.Of(f.Period.Label));
        Add("project", "from", FigureCell.Day(f.Period.From));
        Add("project", "to", FigureCell.Day(f.Period.To));

        var p = f.Participants;
        Add("participants", "entries", FigureCell.Count(p.Entries));
        Add("participants", "entries_cumulative", FigureCell.Count(p.EntriesCumulative));
        Add("participants", "active_at_end", FigureCell.Count(p.ActiveAtEnd));
        Add("participants", "exits", FigureCell.Count(p.Exits));
        for (var r = 0; r < p.ExitsByReason.RowKeys.Count; r++)
        {
            Add("participants", "exits_by_reason", FigureCell.MaybeSuppressed(p.ExitsByReason[r, 0]), p.ExitsByReason.RowKeys[r]);
        }
        Add("participants", "places", FigureCell.Count(p.Places));
        Add("participants", "occupancy", FigureCell.Ratio(p.Occupancy));

        var pl = f.Placements;
        Add("placements", "placements", FigureCell.Count(pl.Placements));
        Add("placements", "placements_cumulative", FigureCell.Count(pl.PlacementsCumulative));
        foreach (var k in pl.ByKind)
        {
            Add("placements", "placements_by_kind", FigureCell.Count(k.Placements), k.Kind.Code());
            Add("placements", "placements_cumulative_by_kind", FigureCell.Count(k.PlacementsCumulative), k.Kind.Code());
        }
        Add("placements", "sustained", FigureCell.Count(pl.Sustained));
        Add("placements", "sustained_pending", FigureCell.Count(pl.SustainedPending));
        Add("placements", "target_placements", FigureCell.Count(pl.TargetPlacements));
        Add("placements", "attainment", FigureCell.Ratio(pl.Attainment));
        Add("placements", "expected_by_now", FigureCell.Decimal(pl.ExpectedByNow));
        Add("placements", "forecast_at_end", FigureCell.Decimal(pl.ForecastAtEnd));
        Add("placements", "status", FigureCell.Of(pl.Status?.Code()));

        var m = f.Funding;
        Add("funding", "grant", FigureCell.Euro(m.Grant));
        Add("funding", "own_funds", FigureCell.Euro(m.OwnFunds));
        Add("funding", "third_party_funds", FigureCell.Euro(m.ThirdPartyFunds));
        Add("funding", "total_budget", FigureCell.Euro(m.TotalBudget));
        Add("funding", "spent", FigureCell.Euro(m.Spent));
        Add("funding", "spent_cumulative", FigureCell.Euro(m.SpentCumulative));
        Add("funding", "remaining", FigureCell.Euro(m.Remaining));
        Add("funding", "utilisation", FigureCell.Ratio(m.Utilisation));
        Add("funding", "disbursed_cumulative", FigureCell.Euro(m.DisbursedCumulative));
        Add("funding", "overhang", FigureCell.Euro(m.Overhang));
        Add("funding", "cost_per_placement", FigureCell.Euro(m.CostPerPlacement));
        foreach (var c in m.Categories)
        {
            Add("cost_category", "approved_amount", FigureCell.Euro(c.Approved), c.CostCategory);
            Add("cost_category", "approved_budget_year", FigureCell.Euro(c.ApprovedBudgetYear), c.CostCategory);
            Add("cost_category", "spent", FigureCell.Euro(c.Spent), c.CostCategory);
            Add("cost_category", "spent_cumulative", FigureCell.Euro(c.SpentCumulative), c.CostCategory);
            Add("cost_category", "category_overrun", FigureCell.Euro(c.Overrun), c.CostCategory);
            Add("cost_category", "category_overrun_beyond_tolerance", FigureCell.Flag(c.OverrunBeyondTolerance), c.CostCategory);
        }

        if (f.RequestableNow is { } fr)
        {
            Add("funds_request", "on", FigureCell.Day(fr.On));
            Add("funds_request", "request_no", FigureCell.Of(fr.RequestNo));
            Add("funds_request", "received", FigureCell.Euro(fr.Received));
            Add("funds_request", "spent_from_grant", FigureCell.Euro(fr.SpentFromGrant));
            Add("funds_request", "on_hand", FigureCell.Euro(fr.OnHand));
            Add("funds_request", "overhang", FigureCell.Euro(fr.Overhang));
            Add("funds_request", "expected_total", FigureCell.Euro(fr.ExpectedTotal));
            Add("funds_request", "expected_from_grant", FigureCell.Euro(fr.ExpectedFromGrant));
            Add("funds_request", "open_grant", FigureCell.Euro(fr.OpenGrant));
            Add("funds_request", "requestable", FigureCell.Euro(fr.Requestable));
        }

        foreach (var t in f.Breakdowns)
        {
            for (var r = 0; r < t.RowKeys.Count; r++)
            {
                for (var c = 0; c < t.ColumnKeys.Count; c++)
                {
                    Add("breakdown_" + t.Name, t.ColumnKeys[c], FigureCell.MaybeSuppressed(t[r, c]), t.RowKeys[r]);
                }
            }
            for (var c = 0; c < (t.ColumnTotals?.Count ?? 0); c++)
            {
                Add("breakdown_" + t.Name, t.ColumnKeys[c], FigureCell.Count(t.ColumnTotals![c]), "total");
            }
        }

        foreach (var d in f.Deadlines)
        {
            var key = d.BudgetYear is { } y ? $"{d.Kind.Code()}_{y.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : d.Kind.Code();
            Add("deadlines", "due", FigureCell.Day(d.Due), key);
            Add("deadlines", "status", FigureCell.Of(d.Status.Code()), key);
            if (d.SubmittedOn is { } submitted)
            {
                Add("deadlines", "submitted_on", FigureCell.Day(submitted), key);
            }
        }
        return rows;
    }
}
