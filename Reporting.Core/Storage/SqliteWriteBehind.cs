using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Reporting.Core.Storage;

/// <summary>A table that inserts a record known to be new (see <see cref="SqliteWriteBehind"/>).</summary>
internal interface INewRecordWriter
{
    /// <summary>Inserts <paramref name="record"/>; its key must not be stored.</summary>
    void InsertNew(object record, long source);
}

/// <summary>
/// Inserts the import's new records on a thread of its own, in the order they were handed over, while the import's
/// thread goes on parsing and checking the next rows: on two cores the insert and the checks take about the same
/// time, so together they take about as long as the longer of the two (docs/benchmarks.md, "Import").
/// </summary>
/// <remarks>
/// Only records whose key the session knows to be new are handed over, so nothing needs the insert's outcome. The
/// connection is used by one thread at a time: before the session runs any statement of its own it calls
/// <see cref="Wait"/>, which returns once every record handed over is written. A failed insert stops the writing;
/// its exception is thrown again, unchanged, by the next <see cref="Add"/> or <see cref="Wait"/>, so the import fails
/// and its transaction is rolled back as if the insert had run on the import's thread.
/// </remarks>
internal sealed class SqliteWriteBehind : IDisposable
{
    /// <summary>Records per hand-over: large enough that handing over costs nothing per row, small enough that the
    /// writer starts at once.</summary>
    private const int BatchSize = 2048;

    private readonly record struct Item(INewRecordWriter Table, object Record, long Source);

    private readonly BlockingCollection<List<Item>> _queue = new(boundedCapacity: 8);
    private readonly ConcurrentBag<List<Item>> _spare = [];
    private readonly object _gate = new();
    private List<Item> _filling = new(BatchSize);
    private Thread? _thread;
    private int _outstanding;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _stopping;

    /// <summary>Hands a new record over to be inserted.</summary>
    public void Add(INewRecordWriter table, object record, long source)
    {
        _failure?.Throw();
        _filling.Add(new Item(table, record, source));
        if (_filling.Count == BatchSize)
        {
            HandOver();
        }
    }

    /// <summary>Returns when every record handed over is inserted (the connection is free again); throws what an
    /// insert threw.</summary>
    public void Wait()
    {
        if (_filling.Count > 0)
        {
            HandOver();
        }
        lock (_gate)
        {
            while (_outstanding > 0)
            {
                Monitor.Wait(_gate);
            }
        }
        _failure?.Throw();
    }

    private void HandOver()
    {
        _thread ??= Start();
        lock (_gate)
        {
            _outstanding++;
        }
        _queue.Add(_filling);
        _filling = _spare.TryTake(out var spare) ? spare : new List<Item>(BatchSize);
    }

    private Thread Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "import writer" };
        thread.Start();
        return thread;
    }

    private void Run()
    {
        foreach (var batch in _queue.GetConsumingEnumerable())
        {
            if (_failure is null && !_stopping)
            {
                try
                {
                    foreach (var item in batch)
                    {
                        item.Table.InsertNew(item.Record, item.Source);
                    }
                }
                catch (Exception e)
                {
                    _failure = ExceptionDispatchInfo.Capture(e);
                }
            }
            batch.Clear();
            _spare.Add(batch);
            lock (_gate)
            {
                _outstanding--;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Stops the writer; records not yet inserted are dropped (the session rolls back unless it committed,
    /// and it commits only after <see cref="Wait"/>).</summary>
    public void Dispose()
    {
        _stopping = true;
        _queue.CompleteAdding();
        _thread?.Join();
        _queue.Dispose();
    }
}
