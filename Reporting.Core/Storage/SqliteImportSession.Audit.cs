namespace Reporting.Core.Storage;

/// <summary>The audit record of the import (docs/audit.md): kept until the session commits, then written in the
/// session's transaction after the session's own writes, with the summaries.</summary>
internal sealed partial class SqliteImportSession
{
    private Audit.ImportAudit? _audit;

    public void Record(Audit.ImportAudit audit) => _audit = audit;

    /// <summary>Writes the audit record, if one was given; part of <see cref="FlushSummaries"/>, so it runs once every
    /// row of the session is written, inside the transaction that commits them.</summary>
    private void WriteAudit()
    {
        if (_audit is { } audit)
        {
            SqliteAuditLog.WriteImport(_connection, _tx, Run, audit);
        }
    }
}
