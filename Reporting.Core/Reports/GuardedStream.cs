namespace Reporting.Core.Reports;

/// <summary>The stream a renderer writes a staged file through. It keeps the first I/O fault of the file underneath (a
/// full disk), so that this fault is reported rather than whatever a renderer's clean-up throws after it, and it stops
/// the rendering when the run is cancelled.</summary>
/// <remarks>With <c>deferFaults</c> no write ever throws: after a fault or a cancellation the rest of the bytes are
/// dropped and the stage raises the fault once the renderer has returned. A renderer that writes from native code (the
/// PDF library calls back into the stream) needs that, because an exception cannot travel through native frames.</remarks>
internal sealed class GuardedStream(FileStream inner, CancellationToken cancellation, bool deferFaults) : Stream
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

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Proceed())
        {
            Catch(() => inner.Write(buffer, offset, count));
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!Proceed())
        {
            return;
        }
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fault ??= e;
            if (!deferFaults)
            {
                throw;
            }
        }
    }

    public override void WriteByte(byte value)
    {
        if (Proceed())
        {
            Catch(() => inner.WriteByte(value));
        }
    }

    public override void Flush()
    {
        if (Proceed())
        {
            Catch(inner.Flush);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value)
    {
        if (Proceed())
        {
            Catch(() => inner.SetLength(value));
        }
    }

    /// <summary>Writes what is buffered through to the disk (after the renderer returned; this one throws).</summary>
    public void FlushToDisk()
    {
        try
        {
            inner.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fault ??= e;
            throw;
        }
    }

    /// <summary>False when the write is to be dropped (a fault or cancellation came first, and faults are deferred).</summary>
    private bool Proceed()
    {
        if (deferFaults)
        {
            return Fault is null && !cancellation.IsCancellationRequested;
        }
        cancellation.ThrowIfCancellationRequested();
        if (Fault is not null)
        {
            throw new IOException("the file refused an earlier write", Fault);
        }
        return true;
    }

    private void Catch(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fault ??= e;
            if (!deferFaults)
            {
                throw;
            }
        }
    }
}
