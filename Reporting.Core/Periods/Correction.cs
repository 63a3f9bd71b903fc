using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Periods;

/// <summary>One changed field of a record dated inside a closed period, stored by an import run with
/// <c>--correction</c>. A record the import added has field <c>(neu)</c>, before null and after the record's summary.</summary>
/// <param name="Key">The record's key as text (<c>SCLA-DO/B-2019-0042</c>).</param>
/// <param name="RecordDate">The record's date inside the closed period (payment, entry, placement, receipt).</param>
/// <param name="Period">The closed period the record lies in.</param>
public sealed record Correction(
    ProjectId Project,
    RecordKind Kind,
    string Key,
    DateOnly RecordDate,
    ReportingPeriod Period,
    string Field,
    string? Before,
    string? After,
    string Reason,
    DateTimeOffset CorrectedAt,
    string CorrectedBy,
    long ImportRun);
