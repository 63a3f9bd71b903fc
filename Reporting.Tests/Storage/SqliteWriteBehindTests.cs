using Reporting.Core.Storage;

namespace Reporting.Tests.Storage;

/// <summary>The import's writer thread: records are written in the order handed over, <c>Wait</c> returns only when all
/// are written, and a failed write surfaces on the import's thread as the exception it was.</summary>
public class SqliteWriteBehindTests
{
    private sealed class Recorder(int failAt = -1) : INewRecordWriter
    {
        public List<long> Written { get; } = [];

        public int Thread { get; private set; }

        public void InsertNew(object record, long source)
        {
            Thread = Environment.CurrentManagedThreadId;
            if (Written.Count == failAt)
            {
                throw new IOException("disk full");
            }
            Written.Add(source);
        }
    }

    [Test]
    public void Wait_AfterManyRecords_AllWrittenInOrderOnAnotherThread()
    {
        var table = new Recorder();
        using (var writes = new SqliteWriteBehind())
        {
            for (long i = 0; i < 10_000; i++)
            {
                writes.Add(table, "record", i);
            }
            writes.Wait();
        }

        Assert.That(table.Written, Is.EqualTo(Enumerable.Range(0, 10_000).Select(i => (long)i)));
        Assert.That(table.Thread, Is.Not.EqualTo(Environment.CurrentManagedThreadId));
    }

    [Test]
    public void Wait_AfterAFailedWrite_ThrowsThatExceptionAndWritesNothingAfterIt()
    {
        var table = new Recorder(failAt: 3000);
        using var writes = new SqliteWriteBehind();

        void AddAll()
        {
            for (long i = 0; i < 10_000; i++)
            {
                writes.Add(table, "record", i);
            }
        }

        Assert.That(() => { AddAll(); writes.Wait(); }, Throws.InstanceOf<IOException>().With.Message.EqualTo("disk full"));
        Assert.That(table.Written, Has.Count.EqualTo(3000));
        Assert.That(() => writes.Wait(), Throws.InstanceOf<IOException>(), "the session stays failed");
    }

    [Test]
    public void Dispose_WithRecordsNotWaitedFor_StopsWithoutWritingTheRest()
    {
        var table = new Recorder();
        var writes = new SqliteWriteBehind();
        writes.Add(table, "record", 1);

        Assert.That(() => writes.Dispose(), Throws.Nothing);
        Assert.That(table.Written, Has.Count.LessThanOrEqualTo(1));
    }
}
