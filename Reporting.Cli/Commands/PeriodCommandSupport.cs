using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Periods;

namespace Reporting.Cli.Commands;

/// <summary>What <c>submit</c>, <c>close</c> and <c>purge</c> share: the project, its period, the user and the ledger
/// entry's actor.</summary>
internal static class PeriodCommandSupport
{
    public static Option<string> Project() => new("--project") { Description = "Project id (Projekt-ID).", Required = true };

    public static Option<string> Period(string what) => new("--period")
    {
        Description = $"The period {what}: 2019-Q1, 2019-03, 2019 (a budget year), runtime or 2019-01-01..2019-06-30 (cut to the project's runtime).",
        Required = true,
    };

    /// <summary>The operating-system user who runs the command ($USER, else $USERNAME, else the process's user).</summary>
    public static string User(CliContext context) =>
        context.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user
        : context.GetEnvironmentVariable("USERNAME") is { Length: > 0 } name ? name
        : Environment.UserName;

    /// <summary>The user and the clock's moment for a ledger entry that counts for <paramref name="day"/>.</summary>
    public static PeriodActor Actor(CliContext context, DateOnly day) => new(day, context.Clock.GetUtcNow(), User(context));

    /// <summary>A period as people read it: <c>2019-Q1 (01.01.2019 – 31.03.2019)</c>.</summary>
    public static string Describe(ReportingPeriod period) =>
        $"{period.Label} ({Core.Text.GermanPeriodName.Range(period.From, period.To)})";
}
