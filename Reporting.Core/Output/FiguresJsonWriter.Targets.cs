using System.Text.Json;
using Reporting.Core.Figures;

namespace Reporting.Core.Output;

public static partial class FiguresJsonWriter
{
    /// <summary>The targets overview: scope, as_of, <c>projects</c> (worst first), <c>total</c> (the roll-up), <c>not_started</c>.</summary>
    public static void WriteTargets(TargetsOverview overview, Stream output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        using var json = new Utf8JsonWriter(output, JsonFigureWriter.Options);
        var w = new JsonFigureWriter(json);
        json.WriteStartObject();
        w.Text("scope", overview.Scope);
        w.Day("as_of", overview.AsOf);
        json.WriteStartArray("projects");
        foreach (var r in overview.Rows)
        {
            json.WriteStartObject();
            w.Text("project_id", r.ProjectId.Value);
            w.Text("project_name", r.Name);
            w.Text("program_id", r.ProgramId.Value);
            w.Count("target_placements", r.TargetPlacements);
            w.Count("placements_cumulative", r.PlacementsCumulative);
            w.Ratio("attainment", r.Attainment);
            w.Decimal("expected_by_now", r.ExpectedByNow);
            w.Decimal("forecast_at_end", r.ForecastAtEnd);
            w.Text("status", r.Status?.Code());
            w.Euro("spent_cumulative", r.SpentCumulative);
            w.Euro("total_budget", r.TotalBudget);
            w.Ratio("utilisation", r.Utilisation);
            w.Euro("overhang", r.Overhang);
            json.WritePropertyName("next_deadline");
            WriteDeadline(w, r.NextDeadline);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteRollUp(w, "total", overview.Total);
        json.WriteStartArray("not_started");
        foreach (var id in overview.NotStarted)
        {
            w.Value(FigureCell.Of(id.Value));
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    internal static void WriteRollUp(JsonFigureWriter w, string name, RollUp t)
    {
        w.Json.WriteStartObject(name);
        w.Text("scope", t.Scope);
        w.Count("projects", t.Projects);
        w.Count("entries", t.Entries);
        w.Count("entries_cumulative", t.EntriesCumulative);
        w.Count("active_at_end", t.ActiveAtEnd);
        w.Count("exits", t.Exits);
        w.Count("placements", t.Placements);
        w.Count("placements_cumulative", t.PlacementsCumulative);
        w.Count("sustained", t.Sustained);
        w.Count("target_placements", t.TargetPlacements);
        w.Ratio("attainment", t.Attainment);
        w.Decimal("expected_by_now", t.ExpectedByNow);
        w.Decimal("forecast_at_end", t.ForecastAtEnd);
        w.Text("status", t.Status?.Code());
        w.Euro("grant", t.Grant);
        w.Euro("total_budget", t.TotalBudget);
        w.Euro("spent", t.Spent);
        w.Euro("spent_cumulative", t.SpentCumulative);
        w.Euro("remaining", t.Remaining);
        w.Ratio("utilisation", t.Utilisation);
        w.Euro("disbursed_cumulative", t.DisbursedCumulative);
        w.Euro("overhang", t.Overhang);
        w.Json.WriteEndObject();
    }
}
