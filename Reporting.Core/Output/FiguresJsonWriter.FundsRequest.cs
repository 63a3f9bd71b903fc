using Reporting.Core.Figures;

namespace Reporting.Core.Output;

public static partial class FiguresJsonWriter
{
    /// <summary><c>requestable_now</c> (the amount) and <c>funds_request</c> (how it was worked out).</summary>
    private static void WriteFundsRequest(JsonFigureWriter w, FundsRequest? r)
    {
        w.Euro("requestable_now", r?.Requestable);
        w.Json.WritePropertyName("funds_request");
        if (r is null)
        {
            w.Json.WriteNullValue();
            return;
        }
        w.Json.WriteStartObject();
        w.Day("on", r.On);
        w.Text("request_no", r.RequestNo);
        w.Ratio("grant_share", r.GrantShare);
        w.Euro("received", r.Received);
        w.Euro("spent", r.Spent);
        w.Euro("spent_from_grant", r.SpentFromGrant);
        w.Euro("on_hand", r.OnHand);
        w.Day("overhang_cutoff", r.OverhangCutoff);
        w.Euro("overhang", r.Overhang);
        w.Range("horizon", r.Horizon);
        w.Text("basis", r.Basis == ExpectedPaymentsBasis.Planned ? "planned" : "forecast");
        w.Json.WritePropertyName("forecast_base");
        if (r.ForecastBase is { } b)
        {
            w.Json.WriteStartObject();
            w.Day("from", b.Start);
            w.Day("to", b.End);
            w.Json.WriteEndObject();
        }
        else
        {
            w.Json.WriteNullValue();
        }
        w.Count("forecast_months", r.ForecastMonths);
        w.Json.WriteStartArray("expected");
        foreach (var e in r.Expected)
        {
            w.Json.WriteStartObject();
            w.Text("cost_category", e.CostCategory);
            w.Euro("monthly_average", e.MonthlyAverage);
            w.Euro("amount", e.Amount);
            w.Json.WriteEndObject();
        }
        w.Json.WriteEndArray();
        w.Euro("expected_total", r.ExpectedTotal);
        w.Euro("expected_from_grant", r.ExpectedFromGrant);
        w.Euro("need", r.Need);
        w.Euro("open_grant", r.OpenGrant);
        w.Euro("requestable", r.Requestable);
        w.Flag("capped_by_open_grant", r.CappedByOpenGrant);
        w.Json.WriteEndObject();
    }
}
