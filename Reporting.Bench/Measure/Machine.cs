using System.Globalization;
using System.Runtime.InteropServices;

namespace Reporting.Bench.Measure;

/// <summary>What the figures were measured on, printed at the top of every run.</summary>
internal static class Machine
{
    public static IEnumerable<string> Describe()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"cores (nproc): {Environment.ProcessorCount}");
        yield return "CPU: " + (FirstValue("/proc/cpuinfo", "model name") ?? "unknown");
        yield return "memory: " + (FirstValue("/proc/meminfo", "MemTotal") ?? "unknown");
        yield return "OS: " + RuntimeInformation.OSDescription;
        yield return ".NET: " + RuntimeInformation.FrameworkDescription;
        yield return "load average at start: " + Load();
        yield return "peak memory from: " + ProcessMeter.Method;
    }

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? FirstValue(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
