using System.Diagnostics;
using System.Globalization;

namespace Reporting.Bench.Measure;

/// <summary>One whole-process run: wall time from start to exit, CPU time (user + system; null when GNU time is not
/// installed), the process's peak resident memory, exit code and output.</summary>
internal sealed record ProcessRun(TimeSpan Wall, TimeSpan? Cpu, long PeakBytes, int ExitCode, string Output, string Error);

/// <summary>
/// Starts a program and measures it. Peak memory is the kernel's maximum resident set size of that process and CPU time
/// its user plus system time, both from GNU time (<c>/usr/bin/time -f "%M %U %S"</c>) when it is installed; without it,
/// peak memory is <c>VmHWM</c> in <c>/proc/PID/status</c>, read every 10 ms while the process runs (a peak in its last
/// 10 ms could then be missed), and CPU time is not known.
/// </summary>
internal static class ProcessMeter
{
    private const string GnuTime = "/usr/bin/time";

    public static string Method => File.Exists(GnuTime) ? "GNU time (%M maximum resident set size; %U + %S CPU time)" : "/proc/PID/status VmHWM, polled every 10 ms";

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
            foreach (var a in (string[])["-f", "%M %U %S", "-o", timeFile, program, .. args])
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
        var (peak, cpu) = timeFile is null ? (polled, (TimeSpan?)null) : ReadGnuTime(timeFile);
        return new ProcessRun(clock.Elapsed, cpu, peak, process.ExitCode, output.Result, error.Result);
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

    private static (long Peak, TimeSpan? Cpu) ReadGnuTime(string path)
    {
        try
        {
            // GNU time writes "Command exited with non-zero status N" before the figures when the program failed.
            var last = File.ReadAllLines(path).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0]));
            if (last is null)
            {
                return (0, null);
            }
            var parts = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cpu = double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture);
            return (long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024, TimeSpan.FromSeconds(cpu));
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
