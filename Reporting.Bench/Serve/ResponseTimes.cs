namespace Reporting.Bench.Serve;

/// <summary>The timed requests of one address: each response's wall time (request sent to last byte read), the
/// server's CPU time over all of them, and the size of a response.</summary>
internal sealed record ResponseTimes(string Name, string Path, TimeSpan? Target, IReadOnlyList<TimeSpan> Times, TimeSpan? ServerCpu, long Bytes)
{
    public TimeSpan Median => Percentile(0.5);

    public TimeSpan P95 => Percentile(0.95);

    public TimeSpan Max => Times.Max();

    /// <summary>Server CPU time (user + system) per request, or null when it could not be read.</summary>
    public TimeSpan? CpuPerRequest => ServerCpu is { } cpu && Times.Count > 0 ? cpu / Times.Count : null;

    /// <summary>Nearest-rank percentile: the smallest time at least <paramref name="share"/> of the requests took no longer than.</summary>
    public TimeSpan Percentile(double share)
    {
        var sorted = Times.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Met when the median and the p95 are both under the target; null without a target.</summary>
    public bool? Met => Target is { } t ? Median < t && P95 < t : null;
}
