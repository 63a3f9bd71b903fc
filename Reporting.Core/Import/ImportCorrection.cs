namespace Reporting.Core.Import;

/// <summary>An import that may change records dated inside closed periods (<c>--correction "reason"</c>): the changes are
/// stored as corrections with this reason, time and operating-system user (docs/audit.md).</summary>
public sealed record ImportCorrection(string Reason, DateTimeOffset At, string By);
