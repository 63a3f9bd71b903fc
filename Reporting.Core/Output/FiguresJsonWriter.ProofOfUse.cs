using System.Text.Json;
using Reporting.Core.Figures;

namespace Reporting.Core.Output;

public static partial class FiguresJsonWriter
{
    /// <summary>A proof of use (Zwischen- or Verwendungsnachweis): expenses, income, payment, vouchers, deadline.</summary>
    public static void WriteProofOfUse(ProofOfUse proof, Stream output)
    {
        ArgumentNullException.ThrowIfNull(proof);
        using var json = new Utf8JsonWriter(output, JsonFigureWriter.Options);
        var w = new JsonFigureWriter(json);
        json.WriteStartObject();
        w.Text("project_id", proof.ProjectId.Value);
        w.Text("kind", proof.Kind.Code());
        w.Range("scope", proof.Scope.Range, proof.Scope.Label);

        var e = proof.Expenses;
        json.WriteStartObject("expenses");
        json.WriteStartArray("lines");
        foreach (var l in e.Lines)
        {
            json.WriteStartObject();
            w.Text("cost_category", l.CostCategory);
            w.Text("label", l.Label);
            w.Euro("planned", l.Planned);
            w.Euro("actual", l.Actual);
            w.Euro("deviation", l.Deviation);
            w.Ratio("deviation_ratio", l.DeviationRatio);
            w.Flag("over_tolerance", l.OverTolerance);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        w.Euro("total_planned", e.TotalPlanned);
        w.Euro("total_actual", e.TotalActual);
        w.Euro("total_deviation", e.TotalDeviation);
        w.Ratio("total_deviation_ratio", e.TotalDeviationRatio);
        w.Euro("positive_deviations", e.PositiveDeviations);
        w.Euro("negative_deviations", e.NegativeDeviations);
        w.Flag("any_line_over_tolerance", e.AnyLineOverTolerance);
        w.Flag("total_over_planned", e.TotalOverPlanned);
        w.Flag("overrun_not_covered_by_savings", e.OverrunNotCoveredBySavings);
        json.WriteEndObject();

        json.WriteStartObject("income");
        json.WriteStartArray("lines");
        foreach (var l in proof.Income.Lines)
        {
            json.WriteStartObject();
            w.Text("source", l.Source);
            w.Euro("planned", l.Planned);
            w.Ratio("planned_share", l.PlannedShare);
            w.Euro("actual", l.Actual);
            w.Ratio("actual_share", l.ActualShare);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        w.Euro("total_planned", proof.Income.TotalPlanned);
        w.Euro("total_actual", proof.Income.TotalActual);
        w.Euro("coverage_difference", proof.Income.CoverageDifference);
        w.Flag("covered", proof.Income.Covered);
        json.WriteEndObject();

        var p = proof.Payment;
        json.WriteStartObject("payment");
        w.Euro("grant", p.Grant);
        w.Ratio("grant_share", p.GrantShare);
        w.Euro("grant_due", p.GrantDue);
        w.Euro("received", p.Received);
        w.Euro("balance", p.Balance);
        json.WriteEndObject();

        json.WriteStartArray("vouchers");
        foreach (var g in proof.Vouchers)
        {
            json.WriteStartObject();
            w.Text("cost_category", g.CostCategory);
            w.Text("label", g.Label);
            json.WriteStartArray("vouchers");
            foreach (var v in g.Vouchers)
            {
                json.WriteStartObject();
                w.Count("running_number", v.RunningNumber);
                w.Text("voucher_no", v.VoucherNo);
                w.Day("payment_date", v.PaymentDate);
                w.Text("payee", v.Payee);
                w.Text("purpose", v.Purpose);
                w.Euro("amount", v.Amount);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            w.Euro("subtotal", g.Subtotal);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("deadline");
        WriteDeadline(w, proof.Deadline);
        WriteYearPlan(w, proof.YearPlan);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteYearPlan(JsonFigureWriter w, BudgetYearPlan? plan)
    {
        w.Json.WritePropertyName("year_plan");
        if (plan is null)
        {
            w.Json.WriteNullValue();
            return;
        }
        w.Json.WriteStartObject();
        w.Count("budget_year", plan.Year);
        w.Json.WriteStartArray("budget_years");
        foreach (var y in plan.Years)
        {
            w.Json.WriteNumberValue(y);
        }
        w.Json.WriteEndArray();
        w.Json.WriteStartArray("lines");
        foreach (var l in plan.Lines)
        {
            w.Json.WriteStartObject();
            w.Text("cost_category", l.CostCategory);
            w.Text("label", l.Label);
            w.Euro("planned_year", l.PlannedYear);
            w.Euro("planned_runtime", l.PlannedRuntime);
            w.Euro("planned_through_year", l.PlannedThroughYear);
            w.Euro("spent_through_year", l.SpentThroughYear);
            w.Euro("remaining_runtime", l.RemainingRuntime);
            w.Json.WriteEndObject();
        }
        w.Json.WriteEndArray();
        w.Euro("total_planned_year", plan.TotalPlannedYear);
        w.Euro("total_planned_runtime", plan.TotalPlannedRuntime);
        w.Euro("total_planned_through_year", plan.TotalPlannedThroughYear);
        w.Euro("total_spent_through_year", plan.TotalSpentThroughYear);
        w.Euro("total_remaining_runtime", plan.TotalRemainingRuntime);
        w.Json.WriteEndObject();
    }
}
