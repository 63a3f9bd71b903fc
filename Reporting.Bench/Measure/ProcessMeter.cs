using System.Diagnostics;
using System.Globalization;

namespace Reporting.Bench.Measure;

/// <summary>One whole-process run: wall time from start to exit, the process's peak resident memory, exit code and output.</summary>
internal sealed record ProcessRun(TimeSpan Wall, long PeakBytes, int ExitCode, string Output, string Error)
{
    public double PeakMiB => PeakBytes / 1048576.0;
}

/// <summary>
/// Starts a program and measures it. Peak memory is the kernel's maximum resident set size of that process: taken from
/// GNU time (<c>/usr/bin/time -f %M</c>) when it is installed, else from <c>VmHWM</c> in <c>/proc/PID/status</c>, read
/// every 10 ms while the process runs (a peak in its last 10 ms could then be missed).
/// </summary>
internal static class ProcessMeter
{
    private const string GnuTime = "/usr/bin/time";

    public static string Method => File.Exists(GnuTime) ? "GNU time (%M, maximum resident set size)" : "/proc/PID/status VmHWM, polled every 10 ms";

    public static ProcessRun Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var args = arguments.ToList();
        string? timeFile = null;
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (File.Exists(GnuTime))
        {
            timeFile = Path.GetTempFileName();
            start.FileName = GnuTime;
            foreach (var a in (string[])["-f", "%M", "-o", timeFile, program, .. args])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
            args.ForEach(start.ArgumentList.Add);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(10))
        {
            if (timeFile is null)
            {
                polled = Math.Max(polled, HighWaterMark(process.Id));
            }
        }
        process.WaitForExit();
        clock.Stop();
        long peak = timeFile is null ? polled : ReadGnuTime(timeFile);
        return new ProcessRun(clock.Elapsed, peak, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and throws with the program's error output when it does not exit with 0.</summary>
    public static ProcessRun RunOk(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var args = arguments.ToList();
        var run = Run(program, args, workingDirectory);
        if (run.ExitCode != 0)
        {
            var lines = (run.Error + run.Output).Split('\n').Where(l => l.Length > 0).Take(20);
            throw new BenchException($"{program} {string.Join(' ', args)} exited with {run.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
        return run;
    }

    private static long ReadGnuTime(string path)
    {
        try
        {
            // GNU time writes "Command exited with non-zero status N" before the figure when the program failed.
            var last = File.ReadAllLines(path).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0]));
            return last is null ? 0 : long.Parse(last, CultureInfo.InvariantCulture) * 1024;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }
}

/// <summary>A bench step that cannot go on (a tool missing, a process failing): printed as one line, exit code 1.</summary>
internal sealed class BenchException(string message) : Exception(message);
