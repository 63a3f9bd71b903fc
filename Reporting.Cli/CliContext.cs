namespace Reporting.Cli;

/// <summary>What a command may touch of the outside world: its output streams, working folder, environment and clock.
/// Tests pass their own; <see cref="FromConsole"/> is the real one.</summary>
/// <param name="Input">Standard input, for the few commands that read it; null means the console's.</param>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable,
    TimeProvider Clock,
    TextReader? Input = null)
{
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        TimeProvider.System);

    /// <summary>Today in local time, as the clock says.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>A path as given on the command line, made absolute against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
