namespace Reporting.Core.Reports;

/// <summary>The stream a renderer writes a staged file through: every write first checks for cancellation, and the first
/// I/O fault of the file underneath is kept, so that it is reported rather than whatever a renderer's clean-up throws
/// after it (a workbook writer closing its package, say).</summary>
internal sealed class GuardedStream(FileStream inner, CancellationToken cancellation) : Stream
{
    /// <summary>The first exception the file itself threw, if any.</summary>
    public Exception? Fault { get; private set; }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fault ??= e;
            throw;
        }
    }

    public override void WriteByte(byte value) => Guard(() => inner.WriteByte(value));

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => Guard(() => inner.SetLength(value));

    /// <summary>Writes what is buffered through to the disk.</summary>
    public void FlushToDisk() => Guard(() => inner.Flush(flushToDisk: true));

    private void Guard(Action write)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fault ??= e;
            throw;
        }
    }
}
