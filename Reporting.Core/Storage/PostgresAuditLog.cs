using System.Data.Common;
using Npgsql;
using Reporting.Core.Audit;

namespace Reporting.Core.Storage;

/// <summary>The audit trail on a PostgreSQL server: times as TIMESTAMPTZ.</summary>
internal sealed class PostgresAuditLog(NpgsqlConnection connection, string server) : SqlAuditLog(connection)
{
    internal const string InsertEventSql = "INSERT INTO audit_events " + EventColumns + " RETURNING seq;";

    public static PostgresAuditLog Open(string location)
    {
        var parsed = PostgresLocation.Parse(location);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(parsed.Settings.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoreException($"cannot connect to PostgreSQL database {parsed.Server}: {e.Message}", e);
        }
        return new PostgresAuditLog(connection, parsed.Server);
    }

    /// <summary>The audit record of an import inside the import session's transaction.</summary>
    internal static void WriteImport(NpgsqlConnection connection, DbTransaction tx, long importRun, ImportAudit audit) =>
        WriteImport(connection, tx, InsertEventSql, audit.At.ToUniversalTime(), importRun, audit);

    protected override object Time(DateTimeOffset at) => at.ToUniversalTime();

    protected override DateTimeOffset ReadTime(object stored) => stored switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => throw new InvalidOperationException($"unexpected time {stored.GetType().Name}"),
    };

    protected override string InsertEvent => InsertEventSql;

    protected override T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL database {server}: {e.MessageText}", e);
        }
    }
}
