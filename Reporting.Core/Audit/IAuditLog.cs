using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

/// <summary>The audit trail of a database (docs/audit.md): append-only, read and extended through its own connection, so
/// that recording a run never touches the read of the run itself.</summary>
public interface IAuditLog : IDisposable
{
    /// <summary>Records a report run whose files were written, with its files and form values, in one transaction.</summary>
    /// <param name="kind"><c>report</c>, <c>batch</c> or <c>demo</c>.</param>
    void Record(string kind, ReportRun run, AuditActor actor, DateTimeOffset at);

    /// <summary>Every entry, in the order recorded (oldest first), with its files.</summary>
    IReadOnlyList<AuditEvent> Events();

    /// <summary>The latest recorded file with this SHA-256 and its run, or null.</summary>
    (AuditEvent Run, RunFile File)? FindFile(string sha256);

    /// <summary>The latest recorded file with this file name (in any folder) and its run, or null.</summary>
    (AuditEvent Run, RunFile File)? FindFileNamed(string fileName);

    /// <summary>The recorded runs with this run id, oldest first.</summary>
    IReadOnlyList<AuditEvent> Runs(string runId);

    /// <summary>The values of a form of a recorded run (<see cref="FormValues.Pack"/>), or null.</summary>
    IReadOnlyList<KeyValuePair<string, string?>>? Values(long seq, string formKey);
}
