using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Reporting.Core.Storage;

/// <summary>
/// A binary COPY into PostgreSQL, its rows encoded by the program in PostgreSQL's binary COPY format and written to
/// Npgsql's raw copy stream in large blocks. As an <see cref="IColumnSink"/> it takes a record's columns in their
/// native types: text as UTF-8, a date as its days since 2000-01-01, a flag as one byte, integers big-endian.
/// </summary>
/// <remarks>
/// Npgsql's <see cref="NpgsqlBinaryImporter"/> writes every value through a parameter and an asynchronous writer,
/// which cost the import more CPU than reading and checking its rows (docs/benchmarks.md, "PostgreSQL import"); the
/// format itself is simple (the COPY documentation, "Binary Format"): a signature, then per row the number of fields
/// and per field its length in bytes (-1 for NULL) and its bytes, then -1. Dispose without <see cref="Complete"/>
/// cancels the COPY, so nothing of it is kept.
/// </remarks>
internal sealed class PostgresCopyWriter : IColumnSink, IDisposable
{
    /// <summary>The block handed to the stream at a time.</summary>
    private const int BlockBytes = 64 * 1024;

    /// <summary><c>PGCOPY\n\377\r\n\0</c>, then no flags and no header extension.</summary>
    private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;

    private readonly NpgsqlRawCopyStream _stream;
    private readonly byte[] _block = new byte[BlockBytes];
    private int _used;
    private bool _done;

    /// <param name="copy">A <c>COPY … FROM STDIN (FORMAT BINARY)</c> statement.</param>
    public PostgresCopyWriter(NpgsqlConnection connection, string copy)
    {
        _stream = connection.BeginRawBinaryCopy(copy);
        Header.CopyTo(Room(Header.Length));
    }

    /// <summary>Starts a row of <paramref name="fields"/> fields.</summary>
    public void StartRow(int fields) => BinaryPrimitives.WriteInt16BigEndian(Room(2), checked((short)fields));

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max + 4 > BlockBytes)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            BinaryPrimitives.WriteInt32BigEndian(Room(4), bytes.Length);
            Flush();
            _stream.Write(bytes);
            return;
        }
        var room = Room(4 + max);
        var length = Encoding.UTF8.GetBytes(value, room[4..]);
        BinaryPrimitives.WriteInt32BigEndian(room, length);
        _used -= max - length;
    }

    public void Date(int index, DateOnly? value)
    {
        if (value is { } d)
        {
            Fixed(4, d.DayNumber - Epoch);
        }
        else
        {
            Null();
        }
    }

    public void Flag(int index, bool? value)
    {
        if (value is { } b)
        {
            var room = Room(5);
            BinaryPrimitives.WriteInt32BigEndian(room, 1);
            room[4] = b ? (byte)1 : (byte)0;
        }
        else
        {
            Null();
        }
    }

    public void Int(int index, int? value)
    {
        if (value is { } v)
        {
            Fixed(4, v);
        }
        else
        {
            Null();
        }
    }

    public void Long(int index, long value)
    {
        var room = Room(12);
        BinaryPrimitives.WriteInt32BigEndian(room, 8);
        BinaryPrimitives.WriteInt64BigEndian(room[4..], value);
    }

    /// <summary>Ends the data and the COPY; the server has then stored every row.</summary>
    public void Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Room(2), -1);
        Flush();
        _done = true;
        _stream.Dispose();
    }

    /// <summary>Cancels a COPY that was not completed. On a connection that is already broken (the failure being
    /// handled) there is nothing left to cancel, and the transaction is rolled back anyway.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }
        _done = true;
        try
        {
            _stream.Cancel();
            _stream.Dispose();
        }
        catch (Exception e) when (e is NpgsqlException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection broke before or while cancelling: the server has dropped the COPY with it.
        }
    }

    private void Fixed(int length, int value)
    {
        var room = Room(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(room, length);
        BinaryPrimitives.WriteInt32BigEndian(room[4..], value);
    }

    private void Null() => BinaryPrimitives.WriteInt32BigEndian(Room(4), -1);

    /// <summary><paramref name="bytes"/> of the block to write into, handing the block to the stream first when it is full.</summary>
    private Span<byte> Room(int bytes)
    {
        if (_used + bytes > BlockBytes)
        {
            Flush();
        }
        var room = _block.AsSpan(_used, bytes);
        _used += bytes;
        return room;
    }

    private void Flush()
    {
        if (_used > 0)
        {
            _stream.Write(_block, 0, _used);
            _used = 0;
        }
    }
}
