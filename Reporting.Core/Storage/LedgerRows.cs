using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>The rows of the tables of schema 5 (submissions, closed periods, frozen forms, corrections, purges), the
/// same text columns on every backend, with their explicit mapping to the domain.</summary>
internal static class LedgerRows
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string s) =>
        DateTimeOffset.ParseExact(s, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The record kind of its word (<c>expenditures</c>).</summary>
    public static RecordKind Kind(string word) =>
        Import.ImportKinds.DependencyOrder[Import.ImportKinds.Words.ToList().IndexOf(word)];

    /// <summary>A stored period: its label and its days (cut to the runtime) give back the same <see cref="ReportingPeriod"/>.</summary>
    public static ReportingPeriod Period(string label, string from, string to)
    {
        var days = new DateRange(Rows.Date(from), Rows.Date(to));
        if (label == PeriodSpec.RuntimeSpec.Text)
        {
            return ReportingPeriod.Runtime(days);
        }
        var parsed = ReportingPeriod.Parse(label);
        return parsed.Success && parsed.Value.ClipTo(days) is { } clipped && clipped.From == days.Start && clipped.To == days.End
            ? clipped
            : ReportingPeriod.Between(days.Start, days.End);
    }

    internal sealed class SubmissionRow
    {
        public string ProjectId { get; set; } = "";
        public string Form { get; set; } = "";
        public string PeriodLabel { get; set; } = "";
        public string PeriodFrom { get; set; } = "";
        public string PeriodTo { get; set; } = "";
        public string SubmittedOn { get; set; } = "";
        public string RecordedAt { get; set; } = "";
        public string RecordedBy { get; set; } = "";

        public static SubmissionRow From(Submission s) => new()
        {
            ProjectId = s.Project.Value, Form = s.Form, PeriodLabel = s.Period.Label, PeriodFrom = Rows.Date(s.Period.From),
            PeriodTo = Rows.Date(s.Period.To), SubmittedOn = Rows.Date(s.SubmittedOn), RecordedAt = Time(s.RecordedAt), RecordedBy = s.RecordedBy,
        };

        public Submission ToDomain() => new(new ProjectId(ProjectId), Form, Period(PeriodLabel, PeriodFrom, PeriodTo),
            Rows.Date(SubmittedOn), Time(RecordedAt), RecordedBy);
    }

    internal sealed class ClosedRow
    {
        public string ProjectId { get; set; } = "";
        public string PeriodLabel { get; set; } = "";
        public string PeriodFrom { get; set; } = "";
        public string PeriodTo { get; set; } = "";
        public string AsOf { get; set; } = "";
        public string ClosedAt { get; set; } = "";
        public string ClosedBy { get; set; } = "";

        public static ClosedRow From(ClosedPeriod c) => new()
        {
            ProjectId = c.Project.Value, PeriodLabel = c.Period.Label, PeriodFrom = Rows.Date(c.Period.From), PeriodTo = Rows.Date(c.Period.To),
            AsOf = Rows.Date(c.AsOf), ClosedAt = Time(c.ClosedAt), ClosedBy = c.ClosedBy,
        };

        public ClosedPeriod ToDomain() => new(new ProjectId(ProjectId), Period(PeriodLabel, PeriodFrom, PeriodTo), Rows.Date(AsOf),
            Time(ClosedAt), ClosedBy);
    }

    internal sealed class FrozenRow
    {
        public string ProjectId { get; set; } = "";
        public string PeriodFrom { get; set; } = "";
        public string PeriodTo { get; set; } = "";
        public string Form { get; set; } = "";
        public long Published { get; set; }
        public string Data { get; set; } = "";
    }

    internal sealed class CorrectionRow
    {
        public long ImportRun { get; set; }
        public string ProjectId { get; set; } = "";
        public string RecordKind { get; set; } = "";
        public string RecordKey { get; set; } = "";
        public string RecordDate { get; set; } = "";
        public string PeriodLabel { get; set; } = "";
        public string PeriodFrom { get; set; } = "";
        public string PeriodTo { get; set; } = "";
        public string Field { get; set; } = "";
        public string? BeforeValue { get; set; }
        public string? AfterValue { get; set; }
        public string Reason { get; set; } = "";
        public string CorrectedAt { get; set; } = "";
        public string CorrectedBy { get; set; } = "";

        public static CorrectionRow From(Correction c) => new()
        {
            ImportRun = c.ImportRun, ProjectId = c.Project.Value, RecordKind = Import.ImportKinds.Word(c.Kind), RecordKey = c.Key,
            RecordDate = Rows.Date(c.RecordDate), PeriodLabel = c.Period.Label, PeriodFrom = Rows.Date(c.Period.From),
            PeriodTo = Rows.Date(c.Period.To), Field = c.Field, BeforeValue = c.Before, AfterValue = c.After, Reason = c.Reason,
            CorrectedAt = Time(c.CorrectedAt), CorrectedBy = c.CorrectedBy,
        };

        public Correction ToDomain() => new(new ProjectId(ProjectId), Kind(RecordKind),
            RecordKey, Rows.Date(RecordDate), Period(PeriodLabel, PeriodFrom, PeriodTo), Field, BeforeValue, AfterValue, Reason,
            Time(CorrectedAt), CorrectedBy, ImportRun);
    }

    internal sealed class PurgeRow
    {
        public string ProjectId { get; set; } = "";
        public string BeforeDate { get; set; } = "";
        public string PurgedAt { get; set; } = "";
        public string PurgedBy { get; set; } = "";
        public long Participants { get; set; }
        public long Placements { get; set; }
        public long Forced { get; set; }

        public static PurgeRow From(PurgeRecord p) => new()
        {
            ProjectId = p.Project.Value, BeforeDate = Rows.Date(p.Before), PurgedAt = Time(p.PurgedAt), PurgedBy = p.PurgedBy,
            Participants = p.Participants, Placements = p.Placements, Forced = p.Forced ? 1 : 0,
        };

        public PurgeRecord ToDomain() => new(new ProjectId(ProjectId), Rows.Date(BeforeDate), Time(PurgedAt), PurgedBy,
            checked((int)Participants), checked((int)Placements), Forced != 0);
    }
}
