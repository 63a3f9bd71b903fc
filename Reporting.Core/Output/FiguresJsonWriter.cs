using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Output;

/// <summary>Figures as JSON, keys in snake_case as named in figures.md and in a fixed order (docs/figures-json.md).</summary>
public static partial class FiguresJsonWriter
{
    /// <param name="published">True when <see cref="Confidentiality"/> was applied; written as <c>"published"</c>.</param>
    public static void Write(ProjectFigures figures, Stream output, bool published = false)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var json = new Utf8JsonWriter(output, JsonFigureWriter.Options);
        var w = new JsonFigureWriter(json);
        json.WriteStartObject();
        WriteBody(w, figures, published);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON text (for tests and callers that need a string).</summary>
    public static string ToJson(ProjectFigures figures, bool published = false)
    {
        using var stream = new MemoryStream();
        Write(figures, stream, published);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBody(JsonFigureWriter w, ProjectFigures f, bool published)
    {
        w.Text("project_id", f.ProjectId.Value);
        w.Text("project_name", f.ProjectName);
        w.Text("program_id", f.ProgramId.Value);
        w.Text("recipient", f.Recipient);
        w.Text("region", f.Region);
        w.Range("runtime", f.Runtime);
        w.Range("period", f.Period.Range, f.Period.Label);
        w.Day("as_of", f.Period.AsOf);
        w.Day("today", f.Today);
        w.Flag("project_ended", f.ProjectEnded);
        w.Flag("published", published);
        WriteParticipants(w, f.Participants);
        WritePlacements(w, f.Placements);
        WriteFunding(w, f.Funding);
        WriteFundsRequest(w, f.RequestableNow);
        WriteBreakdowns(w, f.Breakdowns);
        WriteDeadlines(w, f.Deadlines, f.NextDeadline);
    }

    private static void WriteParticipants(JsonFigureWriter w, ParticipantFigures p)
    {
        w.Json.WriteStartObject("participants");
        w.Count("entries", p.Entries);
        w.Count("entries_cumulative", p.EntriesCumulative);
        w.Count("active_at_end", p.ActiveAtEnd);
        w.Count("exits", p.Exits);
        w.Json.WriteStartObject("exits_by_reason");
        for (var r = 0; r < p.ExitsByReason.RowKeys.Count; r++)
        {
            w.Value(p.ExitsByReason.RowKeys[r], FigureCell.MaybeSuppressed(p.ExitsByReason[r, 0]));
        }
        w.Json.WriteEndObject();
        w.Count("places", p.Places);
        w.Ratio("occupancy", p.Occupancy);
        w.Json.WriteEndObject();
    }

    private static void WritePlacements(JsonFigureWriter w, PlacementFigures p)
    {
        w.Json.WriteStartObject("placements");
        w.Count("placements", p.Placements);
        w.Count("placements_cumulative", p.PlacementsCumulative);
        w.Json.WriteStartObject("by_kind");
        foreach (var k in p.ByKind)
        {
            w.Json.WriteStartObject(k.Kind.Code());
            w.Flag("counts_towards_target", k.CountsTowardsTarget);
            w.Count("placements", k.Placements);
            w.Count("placements_cumulative", k.PlacementsCumulative);
            w.Json.WriteEndObject();
        }
        w.Json.WriteEndObject();
        w.Count("sustained", p.Sustained);
        w.Count("sustained_pending", p.SustainedPending);
        w.Count("target_placements", p.TargetPlacements);
        w.Count("project_days", p.ProjectDays);
        w.Count("elapsed_days", p.ElapsedDays);
        w.Ratio("attainment", p.Attainment);
        w.Decimal("expected_by_now", p.ExpectedByNow);
        w.Decimal("forecast_at_end", p.ForecastAtEnd);
        w.Text("status", p.Status?.Code());
        w.Json.WriteEndObject();
    }

    private static void WriteFunding(JsonFigureWriter w, FundingFigures f)
    {
        w.Json.WriteStartObject("funding");
        w.Euro("grant", f.Grant);
        w.Euro("own_funds", f.OwnFunds);
        w.Euro("third_party_funds", f.ThirdPartyFunds);
        w.Euro("total_budget", f.TotalBudget);
        w.Euro("spent", f.Spent);
        w.Euro("spent_cumulative", f.SpentCumulative);
        w.Euro("remaining", f.Remaining);
        w.Ratio("utilisation", f.Utilisation);
        w.Euro("disbursed_cumulative", f.DisbursedCumulative);
        w.Day("overhang_cutoff", f.OverhangCutoff);
        w.Euro("overhang", f.Overhang);
        w.Euro("cost_per_placement", f.CostPerPlacement);
        w.Json.WriteStartArray("cost_categories");
        foreach (var c in f.Categories)
        {
            w.Json.WriteStartObject();
            w.Text("cost_category", c.CostCategory);
            w.Text("label", c.Label);
            w.Euro("approved_amount", c.Approved);
            w.Euro("approved_budget_year", c.ApprovedBudgetYear);
            w.Euro("spent", c.Spent);
            w.Euro("spent_cumulative", c.SpentCumulative);
            w.Euro("category_overrun", c.Overrun);
            w.Flag("category_overrun_beyond_tolerance", c.OverrunBeyondTolerance);
            w.Json.WriteEndObject();
        }
        w.Json.WriteEndArray();
        w.Json.WriteEndObject();
    }

    private static void WriteBreakdowns(JsonFigureWriter w, IReadOnlyList<CountTable> tables)
    {
        w.Json.WriteStartObject("breakdowns");
        foreach (var t in tables)
        {
            WriteTable(w, t);
        }
        w.Json.WriteEndObject();
    }

    internal static void WriteTable(JsonFigureWriter w, CountTable t)
    {
        w.Json.WriteStartObject(t.Name);
        for (var r = 0; r < t.RowKeys.Count; r++)
        {
            w.Json.WriteStartObject(t.RowKeys[r]);
            for (var c = 0; c < t.ColumnKeys.Count; c++)
            {
                w.Value(t.ColumnKeys[c], FigureCell.MaybeSuppressed(t[r, c]));
            }
            if (t.RowTotals is { } rowTotals)
            {
                w.Count("total", rowTotals[r]);
            }
            w.Json.WriteEndObject();
        }
        if (t.ColumnTotals is { } totals)
        {
            w.Json.WriteStartObject("total");
            for (var c = 0; c < t.ColumnKeys.Count; c++)
            {
                w.Count(t.ColumnKeys[c], totals[c]);
            }
            w.Json.WriteEndObject();
        }
        w.Json.WriteEndObject();
    }

    private static void WriteDeadlines(JsonFigureWriter w, IReadOnlyList<ReportingDeadline> deadlines, ReportingDeadline? next)
    {
        w.Json.WriteStartArray("deadlines");
        foreach (var d in deadlines)
        {
            WriteDeadline(w, d);
        }
        w.Json.WriteEndArray();
        w.Json.WritePropertyName("next_deadline");
        WriteDeadline(w, next);
    }

    /// <summary>The deadline as an object, or null when there is none.</summary>
    internal static void WriteDeadline(JsonFigureWriter w, ReportingDeadline? d)
    {
        if (d is null)
        {
            w.Json.WriteNullValue();
            return;
        }
        w.Json.WriteStartObject();
        w.Text("kind", d.Kind.Code());
        w.Count("budget_year", d.BudgetYear);
        w.Day("due", d.Due);
        w.Text("status", d.Status.Code());
        if (d.SubmittedOn is { } submitted)
        {
            w.Day("submitted_on", submitted);
            w.Json.WriteBoolean("submitted_late", d.SubmittedLate == true);
        }
        w.Json.WriteEndObject();
    }
}
