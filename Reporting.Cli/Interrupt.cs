using System.Runtime.InteropServices;
using Reporting.Core.Reports;

namespace Reporting.Cli;

/// <summary>Ctrl+C (SIGINT) and SIGTERM as a cancellation: the run stops at its next write, deletes its temporary files,
/// writes nothing and exits with 130 (INT) or 143 (TERM). A run that does not stop within <see cref="Grace"/> (or a second
/// signal) has its temporary files deleted and the process ended with the same code; files already being moved into
/// place are moved completely first, so a run always leaves all its files or none.</summary>
public sealed class Interrupt : IDisposable
{
    /// <summary>How long an interrupted run may take to stop by itself.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _cancel = new();
    private readonly ManualResetEventSlim _finished = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode;

    /// <summary>Cancelled when a signal arrives.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM, 0 while none came.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>The signal's name for the message: <c>SIGTERM</c>.</summary>
    public string SignalName => ExitCode == ExitCodes.Terminated ? "SIGTERM" : "SIGINT";

    /// <summary>An interrupt that only <see cref="Request"/> triggers (tests, embedding).</summary>
    public static Interrupt Manual() => new();

    /// <summary>Listens for SIGINT and SIGTERM until disposed.</summary>
    public static Interrupt FromSignals()
    {
        var interrupt = new Interrupt();
        interrupt._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, c => interrupt.OnSignal(c, ExitCodes.Interrupted)));
        interrupt._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => interrupt.OnSignal(c, ExitCodes.Terminated)));
        return interrupt;
    }

    /// <summary>Cancels the run as the signal with <paramref name="exitCode"/> would; returns false if one came before.</summary>
    public bool Request(int exitCode)
    {
        var first = Interlocked.CompareExchange(ref _exitCode, exitCode, 0) == 0;
        _cancel.Cancel();
        return first;
    }

    private void OnSignal(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        if (Request(exitCode))
        {
            new Thread(() => EndAfter(Grace)) { IsBackground = true, Name = "interrupt grace" }.Start();
        }
        else
        {
            EndAfter(TimeSpan.Zero);
        }
    }

    /// <summary>Unless the run finishes within <paramref name="wait"/>, deletes its temporary files and ends the process.</summary>
    private void EndAfter(TimeSpan wait)
    {
        if (_finished.Wait(wait))
        {
            return;
        }
        PendingFiles.DeleteAll();
        Environment.Exit(ExitCode);
    }

    public void Dispose()
    {
        _finished.Set();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _registrations.Clear();
    }
}
