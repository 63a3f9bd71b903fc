using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Text;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>What the Mittelabruf is filled from: the engine's funds request for one project.</summary>
internal sealed record MittelabrufInput(ProjectSnapshot Snapshot, FundsRequest Request, FigureOptions Options);

/// <summary>Mittelabruf (request for funds) of one project: money received, spent and on hand, the payments due in the
/// next two calendar months and the amount that may be requested (ANBest-P 1.4).</summary>
public static class MittelabrufReport
{
    public const string Form = "mittelabruf";

    internal static readonly FormSpec<MittelabrufInput> Spec = new(
        Form,
        [
            .. ProjectFields.For<MittelabrufInput>(i => i.Snapshot, i => ReportingPeriod.Between(i.Request.On, i.Request.On)),
            Text<MittelabrufInput>("request_no", "Abruf-Nr.", i => i.Request.RequestNo),
            Date<MittelabrufInput>("request_date", "Datum des Abrufs", i => i.Request.RequestDate),
            Euro<MittelabrufInput>("grant", "Zuwendung lt. Bescheid", i => i.Request.Grant),
            Euro<MittelabrufInput>("total_budget", "Gesamtfinanzierung", i => i.Request.TotalBudget),
            Percent<MittelabrufInput>("grant_share", "Förderquote (Zuwendung / Gesamtfinanzierung)", i => i.Request.GrantShare),
            Euro<MittelabrufInput>("received", "Bisher erhaltene Zuwendung", i => i.Request.Received),
            Euro<MittelabrufInput>("spent", "Bisher geleistete Ausgaben", i => i.Request.Spent),
            Euro<MittelabrufInput>("spent_from_grant", "davon aus der Zuwendung (Ausgaben × Förderquote)", i => i.Request.SpentFromGrant),
            Euro<MittelabrufInput>("on_hand", "Vorhandene Zuwendungsmittel (erhalten − verwendet)", i => i.Request.OnHand),
            Date<MittelabrufInput>("overhang_cutoff", "Stichtag Zwei-Monats-Frist", i => i.Request.OverhangCutoff),
            Euro<MittelabrufInput>("overhang", "davon länger als zwei Monate vorhanden (Zwei-Monats-Frist überschritten)", i => i.Request.Overhang),
            Text<MittelabrufInput>("horizon", "Bedarfszeitraum (nächste zwei Kalendermonate)", i => ProjectFields.Range(i.Request.Horizon)),
            Text<MittelabrufInput>("expected_basis", "Grundlage der fälligen Zahlungen", i => Basis(i.Request)),
            Euro<MittelabrufInput>("expected_total", "Im Bedarfszeitraum fällige Zahlungen", i => i.Request.ExpectedTotal),
            Euro<MittelabrufInput>("expected_from_grant", "davon Zuwendungsanteil (× Förderquote)", i => i.Request.ExpectedFromGrant),
            Euro<MittelabrufInput>("need", "Bedarf abzüglich vorhandener Mittel", i => i.Request.Need),
            Euro<MittelabrufInput>("open_grant", "Noch nicht ausgezahlte Zuwendung", i => i.Request.OpenGrant),
            Flag<MittelabrufInput>("capped_by_open_grant", "Begrenzt auf die noch nicht ausgezahlte Zuwendung", i => i.Request.CappedByOpenGrant),
            Euro<MittelabrufInput>("requestable", "Abrufbarer Betrag", i => i.Request.Requestable),
        ],
        [
            new("expected", "Im Bedarfszeitraum fällige Zahlungen nach Kostenart",
            [
                Col("cost_category", ValueKind.Text, "Kostenart", 14),
                Col("label", ValueKind.Text, "Bezeichnung", 36),
                Col("monthly_average", ValueKind.Euro, "Monatsdurchschnitt (Prognose)", 20),
                Col("amount", ValueKind.Euro, "fällige Zahlungen", 18),
            ],
            i => ExpectedRows(i.Request)),
        ],
        []);

    public static FormCatalog Catalog => Spec.Catalog;

    /// <summary>"Planung des Zuwendungsempfängers" or the forecast's base months, e.g. "Prognose: Durchschnitt 02/2018–04/2018 (3 Monate)".</summary>
    public static string Basis(FundsRequest r) => r.Basis == ExpectedPaymentsBasis.Planned
        ? "Planung des Zuwendungsempfängers (fällige Zahlungen lt. Aufstellung)"
        : r.ForecastBase is { } b
            ? $"Prognose: monatlicher Durchschnitt der Ausgaben {Month(b.Start)}–{Month(b.End)} ({r.ForecastMonths} {(r.ForecastMonths == 1 ? "Monat" : "Monate")}) × {r.HorizonMonthsInRuntime} {(r.HorizonMonthsInRuntime == 1 ? "Monat" : "Monate")}"
            : "Prognose: noch kein voller Monat mit Ausgaben (fällige Zahlungen mit --planned angeben)";

    private static string Month(DateOnly d) => $"{d.Month:D2}/{d.Year:D4}";

    private static IEnumerable<FormRow> ExpectedRows(FundsRequest r) =>
        r.Expected.Select(e => Row(FormValue.Of(e.CostCategory), FormValue.Of(e.Label), FormValue.Of(e.MonthlyAverage?.RoundToCents()), FormValue.Of(e.Amount)))
            .Append(Total(FormValue.Of("Summe"), FormValue.Of((string?)null),
                FormValue.Of(r.Basis == ExpectedPaymentsBasis.Forecast ? r.Expected.Sum(e => e.MonthlyAverage!.Value.RoundToCents()) : (Money?)null),
                FormValue.Of(r.ExpectedTotal)));

    /// <summary>Shown in the form's header: <c>Stichtag 15.05.2018, Bedarfszeitraum 01.06.2018 – 31.07.2018</c>.</summary>
    public static string PeriodText(FundsRequest r) => $"Stichtag {GermanFormat.Date(r.On)}, Bedarfszeitraum {ProjectFields.Range(r.Horizon)}";
}
