using Reporting.Cli;
using Reporting.Core.Import;

namespace Reporting.Tests.Cli;

/// <summary>A clock that moves only when told to (<see cref="Advance"/>), or by <see cref="Step"/> at every reading;
/// its date stays <paramref name="now"/> (default 15 January 2019).</summary>
internal sealed class ManualClock(TimeSpan step = default, DateTimeOffset? now = null) : TimeProvider
{
    private readonly DateTimeOffset _now = now ?? new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private long _ticks;

    public TimeSpan Step { get; } = step;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, Step.Ticks);

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>The progress line of long runs: drawn only on a terminal, only after the first second, at most every
/// quarter of a second, in place, escaped, cut to the width, and cleared at the end.</summary>
public class ProgressLineTests
{
    private ManualClock _clock = null!;
    private StringWriter _terminal = null!;

    [SetUp]
    public void CreateTerminal()
    {
        _clock = new ManualClock();
        _terminal = new StringWriter();
    }

    [TearDown]
    public void DisposeTerminal() => _terminal.Dispose();

    private ProgressLine Line(int width = 80) => new(_terminal, _clock, width, timer: false);

    [Test]
    public void Tick_WithinTheFirstSecond_WritesNothing()
    {
        using var line = Line();
        line.Set("import a.csv: 4,096 rows …");
        _clock.Advance(TimeSpan.FromMilliseconds(999));

        line.Tick();

        Assert.That(_terminal.ToString(), Is.Empty);
    }

    [Test]
    public void Tick_AfterTheFirstSecond_DrawsTheTextAfterACarriageReturn()
    {
        using var line = Line();
        line.Set("import a.csv: 4,096 rows …");
        _clock.Advance(ProgressLine.Delay);

        line.Tick();

        Assert.That(_terminal.ToString(), Is.EqualTo("\rimport a.csv: 4,096 rows …"));
    }

    [Test]
    public void Tick_SoonerThanTheIntervalAfterADrawing_DoesNotRedraw()
    {
        using var line = Line();
        _clock.Advance(ProgressLine.Delay);
        line.Set("import a.csv: 4,096 rows …");
        line.Tick();

        line.Set("import a.csv: 8,192 rows …");
        _clock.Advance(ProgressLine.Interval - TimeSpan.FromMilliseconds(1));
        line.Tick();
        var early = _terminal.ToString();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        line.Tick();

        Assert.That(early, Is.EqualTo("\rimport a.csv: 4,096 rows …"));
        Assert.That(_terminal.ToString(), Is.EqualTo("\rimport a.csv: 4,096 rows …\rimport a.csv: 8,192 rows …"));
    }

    [Test]
    public void Tick_ShorterTextAfterALongerOne_BlanksTheRestOfTheOldText()
    {
        using var line = Line();
        _clock.Advance(ProgressLine.Delay);
        line.Set("import expenditures.csv: 4,096 rows …");
        line.Tick();
        _clock.Advance(ProgressLine.Interval);
        line.Set("import: x …");
        line.Tick();

        var last = _terminal.ToString().Split('\r')[^1];
        Assert.That(last, Is.EqualTo("import: x …" + new string(' ', "import expenditures.csv: 4,096 rows …".Length - "import: x …".Length)));
    }

    [Test]
    public void Dispose_AfterADrawing_ClearsTheLineAndLeavesTheCursorAtItsStart()
    {
        var line = Line();
        _clock.Advance(ProgressLine.Delay);
        line.Set("import a.csv: 4,096 rows …");
        line.Tick();

        line.Dispose();
        line.Tick();

        Assert.That(_terminal.ToString(), Is.EqualTo("\rimport a.csv: 4,096 rows …\r" + new string(' ', 26) + "\r"));
    }

    [Test]
    public void Dispose_NothingDrawn_WritesNothing()
    {
        var line = Line();
        line.Set("import a.csv: 0 rows …");
        line.Tick();

        line.Dispose();

        Assert.That(_terminal.ToString(), Is.Empty);
    }

    [Test]
    public void Hide_ThenTick_DrawsNothingUntilTheNextText()
    {
        using var line = Line();
        _clock.Advance(ProgressLine.Delay);
        line.Set("batch: job 1 of 2 …");
        line.Tick();
        line.Hide();
        var hidden = _terminal.ToString();
        _clock.Advance(ProgressLine.Interval);
        line.Tick();

        Assert.That(_terminal.ToString(), Is.EqualTo(hidden));
        Assert.That(hidden, Does.EndWith("\r" + new string(' ', "batch: job 1 of 2 …".Length) + "\r"));
    }

    [Test]
    public void Tick_NoTerminal_NeverWritesAnything()
    {
        var line = new ProgressLine(null, _clock, 80, timer: false);
        line.Set("import a.csv: 4,096 rows …");
        _clock.Advance(TimeSpan.FromMinutes(1));

        line.Tick();
        line.Dispose();

        Assert.That(_terminal.ToString(), Is.Empty);
    }

    [Test]
    public void Tick_ControlCharactersInAFileName_AreShownEscaped()
    {
        using var line = Line();
        _clock.Advance(ProgressLine.Delay);
        line.Set("import \u001b[2Kx\r.csv: 4,096 rows …");

        line.Tick();

        Assert.That(_terminal.ToString(), Is.EqualTo("\rimport \\x1b[2Kx\\x0d.csv: 4,096 rows …"));
    }

    [Test]
    public void Tick_TextWiderThanTheTerminal_IsCutToOneColumnLess()
    {
        using var line = Line(width: 20);
        _clock.Advance(ProgressLine.Delay);
        line.Set("import a-very-long-file-name.csv: 4,096 rows …");

        line.Tick();

        Assert.That(_terminal.ToString(), Is.EqualTo("\rimport a-very-long…"));
        Assert.That(_terminal.ToString().Length - 1, Is.LessThan(20));
    }

    [Test]
    public void ImportProgressLine_RowsAndStoring_AsTheLineSaysThem()
    {
        using var line = Line();
        var progress = new ImportProgressLine(line);
        _clock.Advance(ProgressLine.Delay);

        progress.Report(new ImportProgress("expenditures.csv", 412_000));
        _clock.Advance(ProgressLine.Interval);
        progress.Report(new ImportProgress("", 1_250_871, Storing: true));

        Assert.That(_terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()),
            Is.EqualTo(new[] { "import expenditures.csv: 412,000 rows …", "import: writing 1,250,871 rows into the database …" }));
    }
}
