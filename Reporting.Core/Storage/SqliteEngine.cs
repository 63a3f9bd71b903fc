using SQLitePCL;

namespace Reporting.Core.Storage;

/// <summary>Process-wide settings of the SQLite library, made once by the program before it opens a connection.</summary>
public static class SqliteEngine
{
    private static int _configured;

    /// <summary>Puts SQLite into multi-thread mode and turns off its memory statistics. In its default (serialized)
    /// mode SQLite takes the connection's mutex in every call, and the statistics take a global one in every
    /// allocation; the import makes a dozen calls per row, and those locks cost it about a twentieth of its CPU time
    /// (docs/benchmarks.md, "Import"). Multi-thread mode is safe for the way this program uses connections: a
    /// connection is used by one thread at a time, as ADO.NET requires anyway. The settings can only be made before
    /// the library is first used; later calls (and calls after a connection was opened) change nothing.</summary>
    public static void ConfigureForProcess()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }
        Batteries_V2.Init();
        if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK)
        {
            raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        }
        raw.sqlite3_initialize();
    }
}
