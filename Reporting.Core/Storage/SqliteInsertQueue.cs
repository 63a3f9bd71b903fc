using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Core.Storage;

/// <summary>Inserts an import's new records on a thread of its own, so that SQLite stores one batch of rows while the
/// importer reads, checks and builds the next; the machine has a core for each half (docs/benchmarks.md, "Import").</summary>
/// <remarks>
/// Only records whose key the session knows to be new go through the queue (<see cref="NewKeys"/>), so an insert can
/// only succeed and nothing the importer decides waits for it. The importer's thread encodes each row as the
/// statement's parameter values (text already UTF-8, dates as ISO text) into the batch's pinned buffer; the writer binds
/// them where they lie and steps the statement. The connection is used by one thread at a time: every other use by the
/// session first calls <see cref="Drain"/>, which returns when every queued row is written. A failure of the writer (a
/// full disk, an I/O error) is thrown from the next <see cref="Add{T}"/> or <see cref="Drain"/> as it was raised, so
/// the session ends as it would have without the queue. At most <see cref="Batches"/> batches are in flight, each
/// ending at <see cref="BatchRows"/> rows or <see cref="BatchBytes"/> bytes, so memory stays bounded whatever the file
/// size.
/// </remarks>
internal sealed class SqliteInsertQueue : IDisposable
{
    /// <summary>How many queued rows one statement of a <see cref="Target"/> writes: sixteen rows per step save SQLite's
    /// per-statement work (run, reset, cursors) for fifteen of them, about a tenth of the writer's CPU
    /// (docs/benchmarks.md, "Import").</summary>
    public const int RowsPerStep = 16;

    /// <summary>A statement the queue writes rows with: <paramref name="single"/> for one row, <paramref name="many"/>
    /// the same for <see cref="RowsPerStep"/> rows, row <c>r</c>'s parameter <c>i</c> at <c>r × parameters + i</c>.
    /// Values bound once (an import's run) are bound in every row of <paramref name="many"/> by its maker.</summary>
    internal sealed class Target(SqliteStatement single, SqliteStatement many, int parameters) : IDisposable
    {
        public SqliteStatement Single => single;

        public SqliteStatement Many => many;

        public int Parameters => parameters;

        /// <summary>The row values of a statement for <paramref name="rows"/> rows: <paramref name="row"/> with its
        /// parameter numbers moved on by the parameters of the rows before it.</summary>
        public static string Values(string row, int parameters, int rows) =>
            string.Join(", ", Enumerable.Range(0, rows).Select(r => Regex.Replace(row, @"\?(\d+)",
                m => "?" + (r * parameters + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))));

        public void Dispose()
        {
            single.Dispose();
            many.Dispose();
        }
    }

    private const int BatchRows = 2048;
    private const int BatchBytes = 1 << 19;
    private const int Batches = 4;

    /// <summary>The kinds of encoded value; a row ends with <see cref="End"/>.</summary>
    private const byte Null = 0, Integer = 1, Text = 2, End = 255;

    private sealed class Batch
    {
        public Target? Statement;
        public byte[] Buffer = GC.AllocateUninitializedArray<byte>(BatchBytes, pinned: true);
        public int Used;
        public int Rows;
    }

    private readonly BlockingCollection<Batch> _full = new(Batches);
    private readonly BlockingCollection<Batch> _free = new(Batches);
    private readonly object _lock = new();
    private readonly Encoder _encoder;
    private Thread? _thread;
    private Batch? _current;
    private int _submitted;
    private int _written;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _abandoned;
    private bool _disposed;

    public SqliteInsertQueue()
    {
        _encoder = new Encoder(this);
        for (var i = 0; i < Batches; i++)
        {
            _free.Add(new Batch());
        }
    }

    /// <summary>Queues <paramref name="record"/> for the insert statement of <paramref name="table"/>; the caller knows
    /// its key is new.</summary>
    public void Add<T>(SqliteTable<T> table, T record, long source) where T : class
    {
        Begin(table.Inserts);
        table.Encode(_encoder, record, source);
        _encoder.EndRow();
    }

    /// <summary>Queues a row for <paramref name="statement"/> (prepared before the queue's first row), its parameter
    /// values handed to <paramref name="bind"/>'s sink.</summary>
    public void Add<TState>(Target statement, TState state, Action<IColumnSink, TState> bind)
    {
        Begin(statement);
        bind(_encoder, state);
        _encoder.EndRow();
    }

    /// <summary>Makes the current batch one of <paramref name="statement"/> with room for another row.</summary>
    private void Begin(Target statement)
    {
        if (_current is { } current
            && (!ReferenceEquals(current.Statement, statement) || current.Rows == BatchRows || current.Used >= BatchBytes))
        {
            Submit();
        }
        if (_current is null)
        {
            ThrowIfFailed();
            _thread ??= Start();
            _current = _free.Take();
            _current.Statement = statement;
        }
    }

    /// <summary>Returns when every queued row is written; throws what the writer failed with.</summary>
    public void Drain()
    {
        Submit();
        lock (_lock)
        {
            while (_written < _submitted)
            {
                Monitor.Wait(_lock);
            }
        }
        ThrowIfFailed();
    }

    private void Submit()
    {
        if (_current is not { } batch)
        {
            return;
        }
        _current = null;
        if (batch.Rows == 0)
        {
            _free.Add(batch);
            return;
        }
        lock (_lock)
        {
            _submitted++;
        }
        _full.Add(batch);
    }

    private void ThrowIfFailed() => _failure?.Throw();

    private Thread Start()
    {
        var thread = new Thread(Write) { IsBackground = true, Name = "import writer" };
        thread.Start();
        return thread;
    }

    private void Write()
    {
        foreach (var batch in _full.GetConsumingEnumerable())
        {
            if (_failure is null && !_abandoned)
            {
                try
                {
                    Write(batch);
                }
                catch (Exception e)
                {
                    _failure = ExceptionDispatchInfo.Capture(e);
                }
            }
            batch.Statement = null;
            batch.Used = 0;
            batch.Rows = 0;
            _free.Add(batch);
            lock (_lock)
            {
                _written++;
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <summary>Binds the rows of <paramref name="batch"/> where their values lie in the pinned buffer and steps the
    /// statement for <see cref="RowsPerStep"/> rows at a time, the rest one by one.</summary>
    private static void Write(Batch batch)
    {
        var target = batch.Statement!;
        var buffer = batch.Buffer;
        var at = 0;
        var row = 0;
        for (; row + RowsPerStep <= batch.Rows; row += RowsPerStep)
        {
            for (var r = 0; r < RowsPerStep; r++)
            {
                at = Bind(target.Many, buffer, at, r * target.Parameters);
            }
            Step(target.Many, RowsPerStep);
        }
        for (; row < batch.Rows; row++)
        {
            at = Bind(target.Single, buffer, at, 0);
            Step(target.Single, 1);
        }
    }

    /// <summary>Binds the row encoded at <paramref name="at"/>, its parameter numbers moved on by
    /// <paramref name="offset"/>; returns where the next row starts.</summary>
    private static int Bind(SqliteStatement statement, byte[] buffer, int at, int offset)
    {
        while (buffer[at] is var kind && kind != End)
        {
            var index = offset + BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + 1));
            at += 3;
            switch (kind)
            {
                case Null:
                    statement.Integer(index, null);
                    break;
                case Integer:
                    statement.Integer(index, BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(at)));
                    at += 8;
                    break;
                default:
                    var length = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(at));
                    statement.PinnedText(index, buffer, at + 4, length);
                    at += 4 + length;
                    break;
            }
        }
        return at + 1;
    }

    private static void Step(SqliteStatement statement, int rows)
    {
        if (statement.Execute() != rows)
        {
            throw new InvalidOperationException("a row the import checked as new has a key that is already stored");
        }
    }

    /// <summary>Writes a row's parameter values into the current batch's buffer (growing it when a row needs more).</summary>
    private sealed class Encoder(SqliteInsertQueue queue) : IColumnSink
    {
        private Span<byte> Take(int bytes)
        {
            var batch = queue._current!;
            if (batch.Used + bytes > batch.Buffer.Length)
            {
                var larger = GC.AllocateUninitializedArray<byte>(Math.Max(batch.Buffer.Length * 2, batch.Used + bytes), pinned: true);
                batch.Buffer.AsSpan(0, batch.Used).CopyTo(larger);
                batch.Buffer = larger;
            }
            return batch.Buffer.AsSpan(batch.Used, bytes);
        }

        private void Head(Span<byte> at, byte kind, int index)
        {
            at[0] = kind;
            BinaryPrimitives.WriteUInt16LittleEndian(at[1..], checked((ushort)index));
        }

        private void Put(int index, long? value)
        {
            if (value is not { } v)
            {
                Head(Take(3), Null, index);
                queue._current!.Used += 3;
                return;
            }
            var at = Take(11);
            Head(at, Integer, index);
            BinaryPrimitives.WriteInt64LittleEndian(at[3..], v);
            queue._current!.Used += 11;
        }

        public void Text(int index, string? value)
        {
            if (value is null)
            {
                Put(index, null);
                return;
            }
            var at = Take(7 + Encoding.UTF8.GetMaxByteCount(value.Length));
            Head(at, SqliteInsertQueue.Text, index);
            var length = Encoding.UTF8.GetBytes(value, at[7..]);
            BinaryPrimitives.WriteInt32LittleEndian(at[3..], length);
            queue._current!.Used += 7 + length;
        }

        public void Date(int index, DateOnly? value)
        {
            if (value is not { } d)
            {
                Put(index, null);
                return;
            }
            Span<char> chars = stackalloc char[10];
            var iso = Rows.Date(d, chars);
            var at = Take(7 + iso.Length);
            Head(at, SqliteInsertQueue.Text, index);
            BinaryPrimitives.WriteInt32LittleEndian(at[3..], iso.Length);
            for (var i = 0; i < iso.Length; i++)
            {
                at[7 + i] = (byte)iso[i]; // ISO dates are ASCII digits and hyphens
            }
            queue._current!.Used += 7 + iso.Length;
        }

        public void Flag(int index, bool? value) => Put(index, Rows.Flag(value));

        public void Int(int index, int? value) => Put(index, value);

        public void Long(int index, long value) => Put(index, value);

        public void EndRow()
        {
            Take(1)[0] = End;
            var batch = queue._current!;
            batch.Used++;
            batch.Rows++;
        }
    }

    /// <summary>Stops the writer after the batch it is writing; what is still queued is not written (the session is
    /// ending: it drained before committing, or it rolls back).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _abandoned = true;
        _full.CompleteAdding();
        _thread?.Join();
        _full.Dispose();
        _free.Dispose();
    }
}
