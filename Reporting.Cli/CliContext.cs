namespace Reporting.Cli;

/// <summary>What a command may touch of the outside world: its output streams, working folder, environment and clock.
/// Tests pass their own; <see cref="FromConsole"/> is the real one.</summary>
/// <remarks><see cref="Out"/> and <see cref="Error"/> are for people: every control character written to them is escaped
/// (<see cref="TerminalText"/>), once, here. Machine formats written to standard output (json, csv) go to
/// <see cref="RawOut"/> byte for byte.</remarks>
/// <param name="Input">Standard input, for the few commands that read it; null means the console's.</param>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable,
    TimeProvider Clock,
    TextReader? Input = null)
{
    /// <summary>Standard output for messages, tables and file lists (control characters escaped).</summary>
    public TextWriter Out { get; } = TerminalText.Escaping(Out);

    /// <summary>Standard error (control characters escaped).</summary>
    public TextWriter Error { get; } = TerminalText.Escaping(Error);

    /// <summary>Standard output as is, for json and csv that scripts read.</summary>
    public TextWriter RawOut { get; } = Out;

    /// <summary>Ctrl+C and SIGTERM; a manual one (never signalled unless asked) by default.</summary>
    public Interrupt Interrupt { get; init; } = Interrupt.Manual();

    /// <summary>Standard error as is when it is a terminal, for the <see cref="ProgressLine"/> of long runs; null (the
    /// default, and whenever standard error is redirected) means no progress line.</summary>
    public TextWriter? ErrorTerminal { get; init; }

    /// <summary>The columns of <see cref="ErrorTerminal"/>.</summary>
    public int TerminalWidth { get; init; } = 80;

    public static CliContext FromConsole(Interrupt interrupt) => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        TimeProvider.System)
    {
        Interrupt = interrupt,
        ErrorTerminal = Console.IsErrorRedirected ? null : Console.Error,
        TerminalWidth = ConsoleWidth(),
    };

    private static int ConsoleWidth()
    {
        try
        {
            return Console.IsErrorRedirected ? 80 : Console.WindowWidth is > 0 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>Today in local time, as the clock says.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>A path as given on the command line, made absolute against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
