using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>The column maps of the tables of schema 5 (submissions, closed periods, frozen forms, corrections, purges):
/// the same columns on every backend, dates and times as ISO text, counts as INTEGER and the import run as BIGINT, read
/// and written as the other record maps are (<see cref="RecordMap{T}"/>; <see cref="LedgerSql"/> has their
/// queries).</summary>
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

    public static readonly RecordMap<Submission> Submissions = new("submissions", c =>
        [
            c.Text("project_id", s => s.Project.Value, key: true), c.Text("form", s => s.Form, key: true),
            .. PeriodColumns(c, s => s.Period, key: true),
            c.Text("submitted_on", s => Rows.Date(s.SubmittedOn)),
            c.Text("recorded_at", s => Time(s.RecordedAt)),
            c.Text("recorded_by", s => s.RecordedBy),
        ],
        r => new Submission(ProjectOf(r), r.Text("form"), PeriodOf(r), Rows.Date(r.Text("submitted_on")), Time(r.Text("recorded_at")),
            r.Text("recorded_by")),
        orderBy: []);

    public static readonly RecordMap<ClosedPeriod> Closed = new("closed_periods", c =>
        [
            c.Text("project_id", s => s.Project.Value, key: true),
            .. PeriodColumns(c, s => s.Period, key: true),
            c.Text("as_of", s => Rows.Date(s.AsOf)),
            c.Text("closed_at", s => Time(s.ClosedAt)),
            c.Text("closed_by", s => s.ClosedBy),
        ],
        r => new ClosedPeriod(ProjectOf(r), PeriodOf(r), Rows.Date(r.Text("as_of")), Time(r.Text("closed_at")), r.Text("closed_by")),
        orderBy: []);

    public static readonly RecordMap<StoredFrozenForm> Frozen = new("frozen_forms", c =>
        [
            c.Text("project_id", f => f.Project.Value),
            c.Text("period_from", f => Rows.Date(f.Period.From)),
            c.Text("period_to", f => Rows.Date(f.Period.To)),
            c.Text("form", f => f.Data.Form),
            c.Int("published", f => f.Data.Published ? 1 : 0),
            c.Text("data", f => f.Data.Data),
        ],
        r => new StoredFrozenForm(ProjectOf(r), ReportingPeriod.Between(Rows.Date(r.Text("period_from")), Rows.Date(r.Text("period_to"))),
            new FrozenFormData(r.Text("form"), r.Int("published") != 0, r.Text("data"))),
        orderBy: []);

    public static readonly RecordMap<Correction> Corrections = new("corrections", c =>
        [
            c.Long("import_run", k => k.ImportRun),
            c.Text("project_id", k => k.Project.Value),
            c.Text("record_kind", k => Import.ImportKinds.Word(k.Kind)),
            c.Text("record_key", k => k.Key),
            c.Text("record_date", k => Rows.Date(k.RecordDate)),
            .. PeriodColumns(c, k => k.Period, key: false),
            c.Text("field", k => k.Field),
            c.Text("before_value", k => k.Before),
            c.Text("after_value", k => k.After),
            c.Text("reason", k => k.Reason),
            c.Text("corrected_at", k => Time(k.CorrectedAt)),
            c.Text("corrected_by", k => k.CorrectedBy),
        ],
        r => new Correction(ProjectOf(r), Kind(r.Text("record_kind")), r.Text("record_key"), Rows.Date(r.Text("record_date")),
            PeriodOf(r), r.Text("field"), r.TextOrNull("before_value"), r.TextOrNull("after_value"), r.Text("reason"),
            Time(r.Text("corrected_at")), r.Text("corrected_by"), r.Long("import_run")),
        orderBy: []);

    public static readonly RecordMap<PurgeRecord> Purges = new("purges", c =>
        [
            c.Text("project_id", p => p.Project.Value),
            c.Text("before_date", p => Rows.Date(p.Before)),
            c.Text("purged_at", p => Time(p.PurgedAt)),
            c.Text("purged_by", p => p.PurgedBy),
            c.Int("participants", p => p.Participants),
            c.Int("placements", p => p.Placements),
            c.Int("forced", p => p.Forced ? 1 : 0),
        ],
        r => new PurgeRecord(ProjectOf(r), Rows.Date(r.Text("before_date")), Time(r.Text("purged_at")), r.Text("purged_by"),
            r.Int("participants")!.Value, r.Int("placements")!.Value, r.Int("forced") != 0),
        orderBy: []);

    /// <summary>A period's label and days, as three text columns (the days are part of the key where
    /// <paramref name="key"/> says so).</summary>
    private static StoreColumn<T>[] PeriodColumns<T>(ColumnsOf<T> c, Func<T, ReportingPeriod> period, bool key) =>
    [
        c.Text("period_label", r => period(r).Label),
        c.Text("period_from", r => Rows.Date(period(r).From), key),
        c.Text("period_to", r => Rows.Date(period(r).To), key),
    ];

    private static ReportingPeriod PeriodOf(StoredRow r) => Period(r.Text("period_label"), r.Text("period_from"), r.Text("period_to"));

    private static ProjectId ProjectOf(StoredRow r) => new(r.Text("project_id"));
}

/// <summary>A frozen form of a closed period as stored: the period's project and days, and the form's data.</summary>
internal sealed record StoredFrozenForm(ProjectId Project, ReportingPeriod Period, FrozenFormData Data);
