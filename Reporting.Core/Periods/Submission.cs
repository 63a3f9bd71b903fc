using Reporting.Core.Domain;

namespace Reporting.Core.Periods;

/// <summary>A report handed in to the funding body (<c>submit</c>): which form, for which period (cut to the runtime),
/// on which day, and who recorded it when.</summary>
/// <param name="Form">The form key (<c>quarterly</c>, <c>proof</c>, ...).</param>
/// <param name="SubmittedOn">The day it was handed in; a deadline it meets is <c>submitted</c> from that day on.</param>
public sealed record Submission(
    ProjectId Project,
    string Form,
    ReportingPeriod Period,
    DateOnly SubmittedOn,
    DateTimeOffset RecordedAt,
    string RecordedBy);
