using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Periods;

/// <summary>What submit, close, purge and the closed-period check of an import say, in one place.</summary>
public static class PeriodMessages
{
    private static string Day(DateOnly d) => Text.GermanFormat.IsoDate(d);

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{n} {many}");

    public static string PurgeOpen(ProjectId project, DateOnly before, int days, IReadOnlyList<DateOnly> first) =>
        $"purge of project {project} before {Day(before)} refused: the records to delete are dated on "
        + $"{Count(days, "day", "days")} that lie in no closed period (first: {string.Join(", ", first.Select(Day))}); "
        + "close those periods first (fundingreports close --project ID --period P), or purge anyway with --force";

    /// <summary><c>expenditure SCLA-DO/B-17 dated 2019-02-10 lies in closed period 2019-Q1 of project SCLA-DO (closed on 2019-04-10)</c></summary>
    internal static string InClosedPeriod(ClosedPeriodHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return $"{One(hit.Kind)} {hit.Key} dated {Day(hit.Date)} lies in closed period {hit.Closed.Period.Label} "
            + $"of project {hit.Closed.Project} (closed on {Day(DateOnly.FromDateTime(hit.Closed.ClosedAt.UtcDateTime))})";
    }

    /// <summary>One record of a kind: <c>expenditure</c>, <c>participant</c>.</summary>
    public static string One(Storage.RecordKind kind) => kind switch
    {
        Storage.RecordKind.Participants => "participant",
        Storage.RecordKind.Placements => "placement",
        Storage.RecordKind.Expenditures => "expenditure",
        Storage.RecordKind.Disbursements => "disbursement",
        _ => Import.ImportKinds.Word(kind),
    };

    public static string ClosedRefused(int count, int shown) =>
        $"{Count(count, "record lies", "records lie")} in closed periods"
        + (count > shown ? string.Create(CultureInfo.InvariantCulture, $" (the first {shown} are listed)") : "")
        + "; nothing was stored. To store the changes as corrections, import again with --correction \"reason\"";

    public static string CorrectionsStored(int records, int fields) =>
        $"stored as corrections to closed periods: {Count(records, "record", "records")}, {Count(fields, "changed field", "changed fields")}";

    public static string NothingToCorrect =>
        "no record of this import lies in a closed period; --correction recorded nothing";
}
