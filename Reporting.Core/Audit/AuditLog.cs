using Reporting.Core.Storage;

namespace Reporting.Core.Audit;

/// <summary>Opens the audit trail of the database at a store location (<see cref="StoreFactory"/>'s rules: a PostgreSQL
/// server, else a SQLite file). The schema must be current (<see cref="IReportingStore.EnsureCurrent"/>).</summary>
public static class AuditLog
{
    public static IAuditLog Open(string location) =>
        StoreFactory.IsServer(location) ? PostgresAuditLog.Open(location) : SqliteAuditLog.Open(location);
}
