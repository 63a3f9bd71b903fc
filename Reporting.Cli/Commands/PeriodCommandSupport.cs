using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary>What <c>submit</c>, <c>close</c> and <c>purge</c> share: the project, its period, the user and the store's
/// period writes.</summary>
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

    /// <summary>The project's records, or exit code 4 when it does not exist.</summary>
    public static ProjectSnapshot Snapshot(IStoreReader read, string id) =>
        read.Snapshot(new ProjectId(id)) ?? throw new CommandException(ExitCodes.NotFound, $"error: project '{id}' not found in the database");

    /// <summary>The period resolved against the project's runtime and cut to it; a usage error when it does not parse or
    /// lies outside the runtime.</summary>
    public static ReportingPeriod ResolvePeriod(string? text, Project project, DateOnly today)
    {
        var spec = PeriodSpec.Parse(text);
        if (!spec.Success)
        {
            throw new CommandException(ExitCodes.Usage, $"error: {spec.Error}");
        }
        try
        {
            return FigureCalculator.Clip(project, spec.Value.Resolve(project.Runtime, today));
        }
        catch (PeriodOutsideRuntimeException e)
        {
            throw new CommandException(ExitCodes.Usage, $"error: {e.Message}");
        }
    }

    public static IPeriodStore Periods(IReportingStore store) =>
        store as IPeriodStore ?? throw new CommandException(ExitCodes.Environment, "error: this database cannot record submissions or closed periods");

    /// <summary>A period as people read it: <c>2019-Q1 (01.01.2019 – 31.03.2019)</c>.</summary>
    public static string Describe(ReportingPeriod period) =>
        $"{period.Label} ({Core.Text.GermanPeriodName.Range(period.From, period.To)})";
}
