namespace Reporting.Core.Storage;

/// <summary>The audit record of the import, written in the session's transaction (docs/audit.md).</summary>
internal sealed partial class SqliteImportSession
{
    public void Record(Audit.ImportAudit audit) => SqliteAuditLog.WriteImport(_connection, _tx, Run, audit);
}
