using Reporting.Core.Domain;

namespace Reporting.Core.Periods;

/// <summary>What is recorded about one project's reporting besides its records: submissions, closed periods with the
/// forms frozen at the close, corrections to closed periods and purges.</summary>
/// <param name="FrozenForms">The frozen form data by <see cref="FrozenKey"/>, as written by <see cref="FrozenForm"/>.</param>
public sealed record ProjectLedger(
    IReadOnlyList<Submission> Submissions,
    IReadOnlyList<ClosedPeriod> Closed,
    IReadOnlyList<Correction> Corrections,
    IReadOnlyList<PurgeRecord> Purges,
    IReadOnlyDictionary<string, string> FrozenForms)
{
    public static readonly ProjectLedger Empty = new([], [], [], [], new Dictionary<string, string>());

    /// <summary>The closed period with exactly these days, or null.</summary>
    public ClosedPeriod? ClosedFor(ProjectId project, ReportingPeriod period) =>
        Closed.FirstOrDefault(c => c.Covers(project, period));

    /// <summary>The key of a frozen form: form, period days, internal or published.</summary>
    public static string FrozenKey(string form, ReportingPeriod period, bool published) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{form}|{period.From:yyyy-MM-dd}|{period.To:yyyy-MM-dd}|{(published ? "published" : "internal")}");

    /// <summary>The frozen form data of a closed period, or null when none was frozen.</summary>
    public string? Frozen(string form, ReportingPeriod period, bool published) =>
        FrozenForms.GetValueOrDefault(FrozenKey(form, period, published));
}
