using Reporting.Core.Audit;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli;

/// <summary>Records the report runs of a command in the audit trail once their files are written (docs/audit.md): a
/// write of its own after the read of the run.</summary>
internal static class AuditRecording
{
    /// <summary>This program's user and version.</summary>
    public static AuditActor Actor { get; } = AuditActor.Current(typeof(AuditRecording).Assembly);

    /// <summary>Records <paramref name="runs"/> as <paramref name="kind"/> (<c>report</c>, <c>batch</c>, <c>demo</c>) and
    /// lets go of their forms' values; a database that refuses the record is an environment fault that says the files
    /// are in place.</summary>
    public static void Record(string location, string kind, IReadOnlyList<ReportRun> runs, CliContext context)
    {
        if (runs.Count == 0)
        {
            return;
        }
        try
        {
            using var log = AuditLog.Open(location);
            foreach (var run in runs)
            {
                log.Record(kind, run, Actor, context.Clock.GetUtcNow());
            }
        }
        catch (StoreException e)
        {
            throw new CommandException(ExitCodes.Environment,
                $"error: the files were written, but the run could not be recorded in the audit trail: {e.Message}");
        }
        finally
        {
            foreach (var run in runs)
            {
                run.Dispose();
            }
        }
    }
}
