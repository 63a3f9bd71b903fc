using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Audit;

namespace Reporting.Core.Storage;

/// <summary>The audit trail in a SQLite file: times as ISO text in UTC.</summary>
internal sealed class SqliteAuditLog(SqliteConnection connection, string location) : SqlAuditLog(connection)
{
    internal const string InsertEventSql = "INSERT INTO audit_events " + EventColumns + "; SELECT last_insert_rowid();";

    public static SqliteAuditLog Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new StoreException(StoreMessages.Missing(path));
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = SqliteOpenMode.ReadWrite,
            DefaultTimeout = (int)SqliteStore.BusyTimeout.TotalSeconds,
        }.ToString());
        SqliteStore.Guard(path, () =>
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {((int)SqliteStore.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)};");
            return 0;
        });
        return new SqliteAuditLog(connection, path);
    }

    /// <summary>The audit record of an import inside the import session's transaction.</summary>
    internal static void WriteImport(SqliteConnection connection, DbTransaction tx, long importRun, ImportAudit audit) =>
        WriteImport(connection, tx, InsertEventSql, IsoTime(audit.At), importRun, audit);

    protected override object Time(DateTimeOffset at) => IsoTime(at);

    protected override DateTimeOffset ReadTime(object stored) =>
        DateTimeOffset.ParseExact((string)stored, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    protected override string InsertEvent => InsertEventSql;

    protected override T Guard<T>(Func<T> action) => SqliteStore.Guard(location, action);
}
