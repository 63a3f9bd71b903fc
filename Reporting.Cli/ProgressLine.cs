using System.Globalization;

namespace Reporting.Cli;

/// <summary>
/// One line on standard error that tells how far a long run is (<c>import expenditures.csv: 412,000 rows …</c>), for
/// people watching a terminal: shown only once the run has taken longer than <see cref="Delay"/>, and only when standard
/// error is a terminal (<see cref="CliContext.ErrorTerminal"/>); otherwise nothing is ever written, so logs and scripts
/// see the same output as before. Redrawn in place (carriage return) at most every <see cref="Interval"/>, and
/// cleared before anything else is printed and at the end.
/// </summary>
/// <remarks>The text is set by the run (<see cref="Set"/>, cheap: no clock, no output); drawing happens in
/// <see cref="Tick"/>, which a timer calls every <see cref="Interval"/> and callers may call too. Control characters
/// in the text (a file name) are escaped as everywhere else (<see cref="TerminalText"/>), and the line is cut to the
/// terminal's width, so that the carriage return always goes back to its start.</remarks>
public sealed class ProgressLine : IDisposable
{
    /// <summary>How long a run goes on before the line appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    /// <summary>The shortest time between two drawings.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _terminal;
    private readonly TimeProvider _clock;
    private readonly int _width;
    private readonly long _started;
    private readonly Lock _lock = new();
    private readonly ITimer? _timer;
    private long _drawn;
    private string? _text;
    private string _shown = "";

    /// <summary>A line on <paramref name="terminal"/> (null: none, nothing is written), <paramref name="width"/>
    /// columns wide; with <paramref name="timer"/> it redraws itself every <see cref="Interval"/>.</summary>
    public ProgressLine(TextWriter? terminal, TimeProvider clock, int width, bool timer = true)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _terminal = terminal;
        _clock = clock;
        _width = Math.Max(width, 10);
        _started = clock.GetTimestamp();
        _drawn = long.MinValue;
        if (terminal is not null && timer)
        {
            _timer = clock.CreateTimer(_ => Tick(), null, Interval, Interval);
        }
    }

    /// <summary>The line for the standard error of <paramref name="context"/>.</summary>
    public static ProgressLine For(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ProgressLine(context.ErrorTerminal, context.Clock, context.TerminalWidth);
    }

    /// <summary>What the line says from now on (drawn at the next <see cref="Tick"/>).</summary>
    public void Set(string text)
    {
        lock (_lock)
        {
            _text = text;
        }
    }

    /// <summary>Draws the text when there is a terminal, the run has taken longer than <see cref="Delay"/>, the last
    /// drawing is <see cref="Interval"/> ago and the text changed.</summary>
    public void Tick()
    {
        if (_terminal is null)
        {
            return;
        }
        lock (_lock)
        {
            if (_text is not { } text)
            {
                return;
            }
            var now = _clock.GetTimestamp();
            if (_clock.GetElapsedTime(_started, now) < Delay || (_drawn != long.MinValue && _clock.GetElapsedTime(_drawn, now) < Interval))
            {
                return;
            }
            var line = TerminalText.Escape(text);
            line = line.Length < _width ? line : line[..(_width - 2)] + "…";
            if (line == _shown)
            {
                return;
            }
            _terminal.Write("\r" + line + new string(' ', Math.Max(0, _shown.Length - line.Length)));
            _terminal.Flush();
            _shown = line;
            _drawn = now;
        }
    }

    /// <summary>Removes the line, if one is shown, so the next output starts at the beginning of a clean line; the next
    /// <see cref="Tick"/> draws it again.</summary>
    public void Clear()
    {
        if (_terminal is null)
        {
            return;
        }
        lock (_lock)
        {
            if (_shown.Length == 0)
            {
                return;
            }
            _terminal.Write("\r" + new string(' ', _shown.Length) + "\r");
            _terminal.Flush();
            _shown = "";
            _drawn = long.MinValue;
        }
    }

    /// <summary>Takes the line away until the next <see cref="Set"/>: for printing other output in between.</summary>
    public void Hide()
    {
        lock (_lock)
        {
            _text = null;
        }
        Clear();
    }

    /// <summary>Stops the timer and clears the line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        Hide();
    }

    /// <summary>A count as the line shows it: <c>412,000</c>.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
