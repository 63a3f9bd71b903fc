namespace Reporting.Core.Reports;

/// <summary>The files of one run, written in full before any of them is published: each goes to a temporary file
/// (<c>.name.guid.tmp</c>) beside its target, and <see cref="Commit"/> moves them all into place, or, when a move fails,
/// puts back what was there before. Disposing a stage that was not committed deletes its temporary files, so a run that
/// fails or is cancelled half way leaves the output folder as it was.</summary>
/// <remarks>Every target is claimed by an owner (a form, a batch job); a second claim of the same path raises
/// <see cref="OutputCollisionException"/> naming both, before that file is even rendered. File names are compared as the
/// file system does: ignoring case on Windows and macOS, exactly elsewhere.</remarks>
public sealed class OutputStage(CancellationToken cancellation = default) : IDisposable
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Dictionary<string, string> _owners = new(PathComparer);
    private readonly List<(string Target, string Temp)> _staged = [];
    private bool _committed;

    public CancellationToken Cancellation => cancellation;

    /// <summary>How many files are staged; <see cref="DiscardFrom"/> takes this as a mark.</summary>
    public int Count => _staged.Count;

    /// <summary>Claims <paramref name="path"/> for <paramref name="owner"/> without writing it (a batch job whose files
    /// are unchanged), so that no other output of the run may take it.</summary>
    public void Reserve(string path, string owner) => Claim(Path.GetFullPath(path), owner);

    /// <summary>Renders a file into its temporary file. Fails (and leaves nothing) when the path is already claimed, the
    /// run is cancelled, or the folder or disk refuses it (<see cref="ReportErrorKind.Environment"/>).</summary>
    /// <param name="fromNativeCode">The renderer writes from native code (the PDF library): the stream then never throws,
    /// a fault or cancellation drops the remaining bytes and is raised once the renderer has returned.</param>
    public void Write(string path, string owner, Action<Stream> write, bool fromNativeCode = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(_committed, this);
        var target = Path.GetFullPath(path);
        Claim(target, owner);
        cancellation.ThrowIfCancellationRequested();
        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        PendingFiles.Add(temp);
        try
        {
            using var file = Create(folder, temp, target);
            var guarded = new GuardedStream(file, cancellation, deferFaults: fromNativeCode);
            try
            {
                write(guarded);
                if (guarded.Fault is { } deferred)
                {
                    throw deferred;
                }
                cancellation.ThrowIfCancellationRequested();
                guarded.FlushToDisk();
            }
            catch (Exception) when (cancellation.IsCancellationRequested)
            {
                // A renderer may wrap or replace the cancellation when it cleans up; the run was cancelled all the same.
                throw new OperationCanceledException(cancellation);
            }
            catch (Exception e) when (guarded.Fault is { } fault)
            {
                // The file refused a write (disk full, size limit); what the renderer threw after it is a consequence.
                throw OutputFaults.CannotWrite(target, e == fault ? e : fault);
            }
        }
        catch
        {
            Drop(temp);
            throw;
        }
        _staged.Add((target, temp));
    }

    /// <summary>SHA-256 of a staged file as it will be published (lower-case hex).</summary>
    public string Sha256(string target)
    {
        var full = Path.GetFullPath(target);
        var staged = _staged.FindLast(s => PathComparer.Equals(s.Target, full));
        return DataSetHash.OfFile(staged.Temp ?? throw new ArgumentException($"{target} is not staged", nameof(target)));
    }

    /// <summary>Deletes the files staged since <paramref name="mark"/> (a <see cref="Count"/>) and frees their paths: a
    /// batch job that failed half way.</summary>
    public void DiscardFrom(int mark)
    {
        for (var i = _staged.Count - 1; i >= mark; i--)
        {
            Drop(_staged[i].Temp);
            _owners.Remove(_staged[i].Target);
            _staged.RemoveAt(i);
        }
    }

    /// <summary>Moves every staged file into place and returns the targets in the order written. When a move fails, the
    /// files already moved are taken back and the previous files restored, and the fault is raised
    /// (<see cref="ReportErrorKind.Environment"/>). Not cancellable once begun.</summary>
    public IReadOnlyList<string> Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        cancellation.ThrowIfCancellationRequested();
        _committed = true;
        Exception? fault = null;
        PendingFiles.Moving(() => fault = MoveAll());
        if (fault is not null)
        {
            throw OutputFaults.CannotPublish(fault);
        }
        return _staged.Select(s => s.Target).ToList();
    }

    private Exception? MoveAll()
    {
        var moved = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (target, temp) in _staged)
            {
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.bak");
                    File.Move(target, backup);
                }
                moved.Add((target, backup));
                File.Move(temp, target);
                PendingFiles.Remove(temp);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (var i = moved.Count - 1; i >= 0; i--)
            {
                var (target, backup) = moved[i];
                if (!File.Exists(_staged[i].Temp))
                {
                    PendingFiles.TryDelete(target);
                }
                if (backup is not null)
                {
                    Restore(backup, target);
                }
            }
            foreach (var (_, temp) in _staged)
            {
                Drop(temp);
            }
            return e;
        }
        foreach (var (_, backup) in moved)
        {
            if (backup is not null)
            {
                PendingFiles.TryDelete(backup);
            }
        }
        return null;
    }

    /// <summary>The folder (made when missing) and the new temporary file in it; a refusal is an environment fault.</summary>
    private static FileStream Create(string folder, string temp, string target)
    {
        try
        {
            Directory.CreateDirectory(folder);
            // Unbuffered (renderers buffer themselves): closing a file after a failed write must not try to write again.
            return new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFaults.CannotWrite(target, e);
        }
    }

    private static void Restore(string backup, string target)
    {
        try
        {
            File.Move(backup, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The previous file stays under its backup name; the fault being raised says what went wrong.
        }
    }

    /// <summary>Deletes the temporary files of a stage that was not committed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DiscardFrom(0);
            _committed = true;
        }
    }

    private void Claim(string target, string owner)
    {
        if (_owners.TryGetValue(target, out var first))
        {
            throw new OutputCollisionException(target, first, owner);
        }
        _owners[target] = owner;
    }

    private static void Drop(string temp)
    {
        PendingFiles.TryDelete(temp);
        PendingFiles.Remove(temp);
    }
}
