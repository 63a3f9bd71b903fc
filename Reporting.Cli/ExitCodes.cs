namespace Reporting.Cli;

/// <summary>Process exit codes. Scripts depend on them: they are listed in README.md and never renumbered.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug); run with --verbose for details.</summary>
    public const int Unexpected = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, a period or format that does not parse.</summary>
    public const int Usage = 2;

    /// <summary>Input data is invalid: an import file, a template, a manifest or a narrative file has problems (each printed as one line).</summary>
    public const int InvalidInput = 3;

    /// <summary>A project, program or other scope named on the command line does not exist in the database, or the scope is empty.</summary>
    public const int NotFound = 4;

    /// <summary>The environment is not usable: database schema too new or not initialised, no font found, an output folder
    /// that cannot be written, a full disk, an input file that is a folder, a device or too large.</summary>
    public const int Environment = 5;

    /// <summary>A batch finished but at least one of its jobs failed (see the run log).</summary>
    public const int BatchJobFailed = 6;

    /// <summary><c>verify</c>: the file is one the audit trail recorded, but a figure rebuilt from today's records differs
    /// (each is printed with its recorded and its current value), or the file's bytes were altered since it was written.</summary>
    public const int Changed = 7;

    /// <summary>Interrupted by Ctrl+C (SIGINT): the run stopped and wrote nothing (128 + 2, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>Terminated by SIGTERM: the run stopped and wrote nothing (128 + 15).</summary>
    public const int Terminated = 143;
}
