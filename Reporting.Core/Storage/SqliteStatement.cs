using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reporting.Core.Storage;

/// <summary>A statement prepared once on the connection's own SQLite handle, bound with typed values and run per row.
/// As an <see cref="IColumnSink"/> it takes a record's columns (<see cref="RecordMap{T}.Write{TSink}"/>) in SQLite's
/// stored forms (<see cref="Rows"/>): a date as ISO text, a flag as 0/1, numbers as 64-bit integers.</summary>
/// <remarks>
/// The import writes one statement per row; binding through <see cref="SqliteCommand"/> costs about a kilobyte of
/// garbage and a few microseconds per execution (a data reader, parameter conversions), more than SQLite needs for the
/// insert itself (docs/benchmarks.md, "Import"). The statement is prepared through SQLitePCL (which owns its lifetime),
/// but bound and stepped by calling the same native library directly with the raw handles: SQLitePCL's calls take a
/// reference on the statement's SafeHandle and find their provider on every call, which cost the import a twentieth
/// of its time at a dozen calls per row. Text is bound as UTF-8 (the database's encoding, converted by .NET's
/// vectorised transcoder instead of SQLite's) and dates are written as ISO digits on the stack, so a row is written
/// without allocating. It runs inside the connection's current transaction; errors become the same
/// <see cref="SqliteException"/> a command would throw.
/// </remarks>
internal sealed class SqliteStatement : IColumnSink, IDisposable
{
    /// <summary>Longest text (in UTF-8 bytes) converted on the stack; longer text borrows a pooled buffer.</summary>
    private const int StackBytes = 512;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly IntPtr _dbHandle;
    private readonly IntPtr _handle;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        _dbHandle = _db.DangerousGetHandle();
        _handle = _stmt.DangerousGetHandle();
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based) to text, or NULL.</summary>
    public void Text(int index, string? value)
    {
        if (value is null)
        {
            Check(Native.sqlite3_bind_null(_handle, index));
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var buffer = max <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            Check(Native.sqlite3_bind_text(_handle, index, ref MemoryMarshal.GetReference(buffer), length, Native.Transient));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Binds parameter <paramref name="index"/> to the UTF-8 text at <paramref name="offset"/> of a pinned
    /// array, which SQLite reads where it lies (no copy): the array must stay as it is until the statement has run.</summary>
    public void PinnedText(int index, byte[] pinned, int offset, int length) =>
        Check(Native.sqlite3_bind_text(_handle, index, ref pinned[offset], length, Native.Static));

    public void Integer(int index, long? value) => Check(value is { } v
        ? Native.sqlite3_bind_int64(_handle, index, v)
        : Native.sqlite3_bind_null(_handle, index));

    /// <summary>Binds an ISO date (as <see cref="Rows.Date(DateOnly)"/> writes it, formatted on the stack), or NULL.</summary>
    public void Date(int index, DateOnly? value)
    {
        if (value is not { } d)
        {
            Check(Native.sqlite3_bind_null(_handle, index));
            return;
        }
        Span<char> chars = stackalloc char[10];
        var iso = Rows.Date(d, chars);
        Span<byte> text = stackalloc byte[iso.Length];
        for (var i = 0; i < iso.Length; i++)
        {
            text[i] = (byte)iso[i]; // ISO dates are ASCII digits and hyphens
        }
        Check(Native.sqlite3_bind_text(_handle, index, ref MemoryMarshal.GetReference(text), text.Length, Native.Transient));
    }

    /// <summary>Binds a flag as 0/1 (<see cref="Rows.Flag(bool?)"/>), or NULL.</summary>
    public void Flag(int index, bool? value) => Integer(index, Rows.Flag(value));

    public void Int(int index, int? value) => Integer(index, value);

    public void Long(int index, long value) => Integer(index, value);

    /// <summary>Steps a query to its next row: true on a row, false at the end (then <see cref="Reset"/> it).</summary>
    public bool Step()
    {
        var rc = Native.sqlite3_step(_handle);
        if (rc == SqliteRow)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            Native.sqlite3_reset(_handle);
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        return false;
    }

    /// <summary>Column <paramref name="index"/> (0-based) of the current row as text; null for NULL.</summary>
    public string? ColumnText(int index)
    {
        var text = Native.sqlite3_column_text(_handle, index);
        return text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text, Native.sqlite3_column_bytes(_handle, index));
    }

    /// <summary>Makes a query ready to run again (its bindings stay).</summary>
    public void Reset() => Native.sqlite3_reset(_handle);

    private const int SqliteRow = 100;

    /// <summary>Runs the statement to its end and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = Native.sqlite3_step(_handle);
        Native.sqlite3_reset(_handle);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        return Native.sqlite3_changes(_dbHandle);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _stmt.Dispose();

    /// <summary>The few SQLite functions the statement calls per row, from the native library SQLitePCL loads
    /// (<c>e_sqlite3</c>, shipped by SQLitePCLRaw.lib.e_sqlite3 for every platform the program runs on).</summary>
    private static class Native
    {
        private const string Library = "e_sqlite3";

        /// <summary><c>SQLITE_TRANSIENT</c>: SQLite copies the bound text before the call returns.</summary>
        public static readonly IntPtr Transient = new(-1);

        /// <summary><c>SQLITE_STATIC</c>: SQLite reads the bound text where it lies until it is bound again.</summary>
        public static readonly IntPtr Static = IntPtr.Zero;

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_bind_text(IntPtr stmt, int index, ref byte text, int bytes, IntPtr destructor);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_bind_int64(IntPtr stmt, int index, long value);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_bind_null(IntPtr stmt, int index);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_step(IntPtr stmt);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_reset(IntPtr stmt);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_changes(IntPtr db);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern IntPtr sqlite3_column_text(IntPtr stmt, int index);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_column_bytes(IntPtr stmt, int index);
    }
}
