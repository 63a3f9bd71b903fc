using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Periods;

/// <summary>The dated fields of the record kinds that belong to a period, and every field as text under its import
/// column name (docs/import.md), for the corrections list. Programs, projects and budget lines have no date and
/// belong to no period.</summary>
internal static class RecordFields
{
    /// <summary>The days <paramref name="record"/> is dated on: a participant's entry and exit, a placement's day, a
    /// payment's day, a disbursement's request and receipt. None for the kinds without a date.</summary>
    public static IEnumerable<DateOnly> Dates(object record)
    {
        switch (record)
        {
            case Participant p:
                yield return p.EntryDate;
                if (p.ExitDate is { } exit)
                {
                    yield return exit;
                }
                break;
            case Placement p:
                yield return p.Date;
                break;
            case Expenditure e:
                yield return e.PaymentDate;
                break;
            case Disbursement d:
                if (d.RequestDate is { } requested)
                {
                    yield return requested;
                }
                if (d.ReceivedDate is { } received)
                {
                    yield return received;
                }
                break;
        }
    }

    /// <summary>The project a dated record belongs to, or null for the kinds without a date.</summary>
    public static ProjectId? ProjectOf(object record) => record switch
    {
        Participant p => p.ProjectId,
        Placement p => p.ProjectId,
        Expenditure e => e.ProjectId,
        Disbursement d => d.ProjectId,
        _ => null,
    };

    /// <summary>Every field of a dated record as (column, text); null values as null.</summary>
    public static IReadOnlyList<(string Field, string? Value)> Of(object record) => record switch
    {
        Participant p =>
        [
            ("entry_date", Day(p.EntryDate)), ("exit_date", Day(p.ExitDate)), ("exit_reason", p.ExitReason?.Code()),
            ("gender", p.Gender?.Code()), ("birth_year", p.BirthYear?.ToString(CultureInfo.InvariantCulture)),
            ("long_term_unemployed", Flag(p.LongTermUnemployed)), ("refugee", Flag(p.Refugee)), ("severely_disabled", Flag(p.SeverelyDisabled)),
        ],
        Placement p => [("placement_date", Day(p.Date)), ("kind", p.Kind.Code()), ("sector", p.Sector), ("sustained_6m", Flag(p.Sustained6m))],
        Expenditure e =>
        [
            ("payment_date", Day(e.PaymentDate)), ("cost_category", e.CostCategory),
            ("amount", e.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)), ("payee", e.Payee), ("description", e.Description),
        ],
        Disbursement d =>
        [
            ("request_date", Day(d.RequestDate)), ("received_date", Day(d.ReceivedDate)),
            ("amount", d.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)),
        ],
        _ => [],
    };

    /// <summary>The fields that differ between two versions of a record (before null: the record is new).</summary>
    public static IEnumerable<(string Field, string? Before, string? After)> Changes(object? before, object after)
    {
        var b = before is null ? null : Of(before);
        var a = Of(after);
        for (var i = 0; i < a.Count; i++)
        {
            var old = b?[i].Value;
            if (b is null ? a[i].Value is not null : !string.Equals(old, a[i].Value, StringComparison.Ordinal))
            {
                yield return (a[i].Field, old, a[i].Value);
            }
        }
    }

    /// <summary>The record's key as people read it: <c>SCLA-DO/B-2019-0042</c>.</summary>
    public static string KeyText(object record)
    {
        var key = RecordKey.Of(record);
        return string.Join("/", new[] { key.A, key.B, key.C, key.D }.Where(p => p is not null));
    }

    private static string? Day(DateOnly? d) => d is { } day ? Text.GermanFormat.IsoDate(day) : null;

    private static string? Flag(bool? b) => b is null ? null : b.Value ? "1" : "0";
}
