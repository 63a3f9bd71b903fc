using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reporting.Core.Storage;

/// <summary>A statement prepared once on the connection's own SQLite handle, bound with typed values and run per row.
/// As an <see cref="IColumnSink"/> it takes a record's columns (<see cref="RecordMap{T}.Write{TSink}"/>) in SQLite's
/// stored forms (<see cref="Rows"/>): a date as ISO text, a flag as 0/1, numbers as 64-bit integers.</summary>
/// <remarks>
/// The import writes one statement per row; binding through <see cref="SqliteCommand"/> costs about a kilobyte of
/// garbage and a few microseconds per execution (a data reader, parameter conversions), more than SQLite needs for the
/// insert itself (docs/benchmarks.md, "Import"). Text is bound from UTF-16 spans and dates are formatted on the
/// stack, so a row is written without allocating. It runs inside the connection's current transaction; errors
/// become the same <see cref="SqliteException"/> a command would throw.
/// </remarks>
internal sealed class SqliteStatement : IColumnSink, IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based) to text, or NULL.</summary>
    public void Text(int index, string? value) => Check(value is null
        ? raw.sqlite3_bind_null(_stmt, index)
        : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan()));

    public void Integer(int index, long? value) => Check(value is { } v
        ? raw.sqlite3_bind_int64(_stmt, index, v)
        : raw.sqlite3_bind_null(_stmt, index));

    /// <summary>Binds an ISO date (as <see cref="Rows.Date(DateOnly)"/> writes it, formatted on the stack), or NULL.</summary>
    public void Date(int index, DateOnly? value)
    {
        if (value is not { } d)
        {
            Check(raw.sqlite3_bind_null(_stmt, index));
            return;
        }
        Span<char> text = stackalloc char[10];
        Check(raw.sqlite3_bind_text16(_stmt, index, Rows.Date(d, text)));
    }

    /// <summary>Binds a flag as 0/1 (<see cref="Rows.Flag(bool?)"/>), or NULL.</summary>
    public void Flag(int index, bool? value) => Integer(index, Rows.Flag(value));

    public void Int(int index, int? value) => Integer(index, value);

    public void Long(int index, long value) => Integer(index, value);

    /// <summary>Runs the statement to its end and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        return raw.sqlite3_changes(_db);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _stmt.Dispose();
}
