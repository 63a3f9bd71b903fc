namespace Reporting.Core.Figures;

/// <summary>How a project stands against its placement target (figures.md, Placements).</summary>
public enum TargetStatus
{
    /// <summary>Behind the pro-rata target and the forecast is below 90 % of the target.</summary>
    OffTrack,
    /// <summary>Project ended below its target.</summary>
    Missed,
    /// <summary>Behind the pro-rata target, but the forecast reaches 90 % of the target.</summary>
    AtRisk,
    /// <summary>placements_cumulative ≥ expected_by_now.</summary>
    OnTrack,
    /// <summary>Project ended at or above its target.</summary>
    Met,
}

/// <summary>Status of a reporting deadline relative to today.</summary>
public enum DeadlineStatus
{
    Open,
    DueSoon,
    Overdue,
    /// <summary>Handed in (on time or late, see <see cref="ReportingDeadline.SubmittedLate"/>).</summary>
    Submitted,
}

/// <summary>Zwischennachweis (per budget year) or Verwendungsnachweis (whole runtime).</summary>
public enum DeadlineKind
{
    Interim,
    Final,
}

internal static class FigureCodes
{
    public static string Code(this TargetStatus status) => status switch
    {
        TargetStatus.OffTrack => "off_track",
        TargetStatus.Missed => "missed",
        TargetStatus.AtRisk => "at_risk",
        TargetStatus.OnTrack => "on_track",
        TargetStatus.Met => "met",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Code(this DeadlineStatus status) => status switch
    {
        DeadlineStatus.Open => "open",
        DeadlineStatus.DueSoon => "due_soon",
        DeadlineStatus.Overdue => "overdue",
        DeadlineStatus.Submitted => "submitted",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Code(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Interim => "interim",
        DeadlineKind.Final => "final",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Worst first: off_track/missed, at_risk, on_track, met.</summary>
    public static int Severity(this TargetStatus status) => status switch
    {
        TargetStatus.OffTrack or TargetStatus.Missed => 0,
        TargetStatus.AtRisk => 1,
        TargetStatus.OnTrack => 2,
        TargetStatus.Met => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
