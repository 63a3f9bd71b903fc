namespace Reporting.Core.Reports;

/// <summary>The temporary files this process is writing and has not yet moved into place. A command line that is
/// interrupted deletes them (<see cref="DeleteAll"/>), so an interrupted run leaves no <c>.name.guid.tmp</c> behind.</summary>
public static class PendingFiles
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> Paths = new(StringComparer.Ordinal);

    internal static void Add(string path)
    {
        lock (Gate)
        {
            Paths.Add(path);
        }
    }

    internal static void Remove(string path)
    {
        lock (Gate)
        {
            Paths.Remove(path);
        }
    }

    /// <summary>Runs <paramref name="moves"/> (moving staged files into place) so that <see cref="DeleteAll"/> waits for
    /// it: an interruption never cuts a set of moves in half.</summary>
    internal static void Moving(Action moves)
    {
        lock (Gate)
        {
            moves();
        }
    }

    /// <summary>Deletes every pending temporary file (waiting for moves under way to finish); returns how many there were.</summary>
    public static int DeleteAll()
    {
        lock (Gate)
        {
            var count = Paths.Count;
            foreach (var path in Paths)
            {
                TryDelete(path);
            }
            Paths.Clear();
            return count;
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done for it; the caller reports the fault that brought it here.
        }
    }
}
