using Reporting.Core.Domain;
using Reporting.Core.Forms.Rendering;
using Reporting.Core.Periods;
using static Reporting.Core.Forms.Builders.Spec;

namespace Reporting.Core.Forms.Builders;

/// <summary>The effect of the corrections on one figure of an earlier, closed period: as submitted, as the corrected
/// records give it now, and the difference.</summary>
public sealed record CorrectionEffect(ReportingPeriod Period, string Figure, FormValue Submitted, FormValue Now, FormValue Difference);

/// <summary>What the section "Korrekturen früherer Zeiträume" of a later report lists: the corrections to earlier closed
/// periods recorded since the latest of them was closed, and their effect on each figure of the form.</summary>
public sealed record CorrectionList(IReadOnlyList<Correction> Corrections, IReadOnlyList<CorrectionEffect> Effects)
{
    public static readonly CorrectionList Empty = new([], []);
}

/// <summary>The two tables of that section, the same for the Quartalsbericht and the proof of use; both are left out of
/// a form without corrections.</summary>
internal static class CorrectionTables
{
    public const string CorrectionsTable = "corrections";
    public const string EffectsTable = "correction_effects";

    public static TableSpec<T> Corrections<T>(Func<T, CorrectionList> list) => new(CorrectionsTable, "Korrekturen früherer Zeiträume",
        [
            Col("period", ValueKind.Text, "Zeitraum", 12),
            Col("record_kind", ValueKind.Text, "Datensatz", 14),
            Col("record_key", ValueKind.Text, "Schlüssel", 22),
            Col("record_date", ValueKind.Date, "Datum", 11),
            Col("field", ValueKind.Text, "Feld", 14),
            Col("before", ValueKind.Text, "vorher", 16),
            Col("after", ValueKind.Text, "nachher", 16),
            Col("reason", ValueKind.Text, "Grund", 30),
            Col("corrected_at", ValueKind.Date, "erfasst am", 11),
            Col("corrected_by", ValueKind.Text, "erfasst von", 12),
        ],
        i => list(i).Corrections.Select(c => Row(
            FormValue.Of(c.Period.Label), FormValue.Of(KindLabel(c.Kind)), FormValue.Of(c.Key), FormValue.Of(c.RecordDate),
            FormValue.Of(c.Field), FormValue.Of(c.Before), FormValue.Of(c.After), FormValue.Of(c.Reason),
            FormValue.Of(DateOnly.FromDateTime(c.CorrectedAt.UtcDateTime)), FormValue.Of(c.CorrectedBy))),
        OmitWhenEmpty: true);

    public static TableSpec<T> Effects<T>(Func<T, CorrectionList> list) => new(EffectsTable, "Auswirkung der Korrekturen auf die Kennzahlen",
        [
            Col("period", ValueKind.Text, "Zeitraum", 12),
            Col("figure", ValueKind.Text, "Kennzahl", 36),
            Col("submitted", ValueKind.Text, "eingereicht", 18),
            Col("corrected", ValueKind.Text, "korrigiert", 18),
            Col("difference", ValueKind.Text, "Differenz", 18),
        ],
        i => list(i).Effects.Select(e => Row(
            FormValue.Of(e.Period.Label), FormValue.Of(e.Figure), FormValue.Of(FormText.Format(e.Submitted)),
            FormValue.Of(FormText.Format(e.Now)), FormValue.Of(Signed(e.Difference)))),
        OmitWhenEmpty: true);

    /// <summary>The fields of <paramref name="now"/> whose number differs from <paramref name="submitted"/>, in the
    /// catalog's order, with the difference (counts, euros, quantities and percentages; hidden values are skipped).</summary>
    public static IEnumerable<CorrectionEffect> Compare(ReportingPeriod period, FormCatalog catalog, FormData submitted, FormData now)
    {
        foreach (var field in catalog.Fields)
        {
            if (field.Kind is not (ValueKind.Count or ValueKind.Euro or ValueKind.Number or ValueKind.Percent)
                || !submitted.Fields.TryGetValue(field.Name, out var before) || !now.Fields.TryGetValue(field.Name, out var after)
                || before.IsSuppressed || after.IsSuppressed || before.Number == after.Number)
            {
                continue;
            }
            var diff = (after.Number ?? 0m) - (before.Number ?? 0m);
            var difference = field.Kind switch
            {
                ValueKind.Count => FormValue.Of((long?)(long)diff),
                ValueKind.Euro => FormValue.Of(Money.Euros(diff)),
                ValueKind.Percent => FormValue.Percent(diff),
                _ => FormValue.Quantity(diff),
            };
            yield return new CorrectionEffect(period, field.Label, before, after, difference);
        }
    }

    private static string Signed(FormValue difference) =>
        difference.Number is > 0m ? "+" + FormText.Format(difference) : FormText.Format(difference);

    private static string KindLabel(Storage.RecordKind kind) => kind switch
    {
        Storage.RecordKind.Participants => "Teilnehmende",
        Storage.RecordKind.Placements => "Vermittlung",
        Storage.RecordKind.Expenditures => "Ausgabe (Beleg)",
        Storage.RecordKind.Disbursements => "Mittelabruf",
        _ => Import.ImportKinds.Word(kind),
    };
}
