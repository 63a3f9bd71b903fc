namespace Reporting.Core.Storage;

/// <summary>The audit record of the import, written in the session's transaction (docs/audit.md) once the last staged
/// rows are merged.</summary>
internal sealed partial class PostgresImportSession
{
    public void Record(Audit.ImportAudit audit)
    {
        MergePending();
        PostgresAuditLog.WriteImport(_connection, _tx, Run, audit);
    }
}
