using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Web.Bench;

/// <summary>Response times of <c>serve</c>'s pages, measured as a browser sees them: the app on Kestrel at a free
/// loopback port, HTTP requests from the same process, after warm-up requests that are not counted. Not a unit test:
/// figures go to docs/benchmarks.md.</summary>
public static class WebBench
{
    public const int WarmUpRequests = 5;

    /// <summary>Builds a database of <paramref name="projects"/> projects in <paramref name="folder"/>, serves it and
    /// requests each page <paramref name="requests"/> times.</summary>
    /// <param name="template">Projects to copy (see <see cref="WebBenchData"/>); null for synthetic ones.</param>
    public static async Task<IReadOnlyList<WebBenchResult>> Run(int projects, int requests, DataSet? template, string folder,
        string templateFolder, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        var data = WebBenchData.Make(projects, template);
        var database = Path.Combine(folder, "bench.db");
        using (var store = new SqliteStore(database))
        {
            WebBenchData.Save(store, data);
        }
        var sample = data.Projects[0].Project;
        var keyDate = sample.Runtime.Start.AddDays(sample.Runtime.Days / 2);
        var day = keyDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var options = new ServeOptions(database, ["http://127.0.0.1:0"], false, null, templateFolder, null, clock);
        await using var app = ServeHost.Build(options, b => b.Logging.ClearProviders());
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var pages = new (string Name, string Path)[]
            {
                ($"overview, {data.Projects.Count} projects", $"/?stichtag={day}"),
                ("project page", $"/projekte/{Uri.EscapeDataString(sample.Id.Value)}?zeitraum=runtime&stichtag={day}"),
                ("chart (svg)", $"/projekte/{Uri.EscapeDataString(sample.Id.Value)}/diagramme/placements_over_time.svg?zeitraum=runtime&stichtag={day}"),
                ("targets json", $"/api/targets?as_of={day}"),
            };
            var results = new List<WebBenchResult>();
            foreach (var (name, path) in pages)
            {
                results.Add(await Measure(client, name, path, requests));
            }
            return results;
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<WebBenchResult> Measure(HttpClient client, string name, string path, int requests)
    {
        long bytes = 0;
        for (var i = 0; i < WarmUpRequests; i++)
        {
            bytes = (await Get(client, path)).LongLength;
        }
        var times = new List<TimeSpan>(requests);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await Get(client, path);
            times.Add(watch.Elapsed);
        }
        using var process = Process.GetCurrentProcess();
        return new WebBenchResult(name, path, bytes, times, (process.TotalProcessorTime - cpu) / requests);
    }

    private static async Task<byte[]> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}

/// <summary>The response times of one page.</summary>
/// <param name="CpuPerRequest">The process's CPU time (server and client, all threads) per measured request: steadier
/// than wall time on a busy machine.</param>
public sealed record WebBenchResult(string Name, string Path, long Bytes, IReadOnlyList<TimeSpan> Times, TimeSpan CpuPerRequest)
{
    public TimeSpan Median => Sorted[Sorted.Count / 2];

    public TimeSpan P95 => Sorted[Math.Min(Sorted.Count - 1, (int)Math.Ceiling(Sorted.Count * 0.95) - 1)];

    public TimeSpan Max => Sorted[^1];

    private List<TimeSpan> Sorted => Times.Order().ToList();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: median {Median.TotalMilliseconds:0} ms, p95 {P95.TotalMilliseconds:0} ms, max {Max.TotalMilliseconds:0} ms, "
        + $"CPU {CpuPerRequest.TotalMilliseconds:0} ms per request over {Times.Count} requests, {Bytes} bytes ({Path})");
}
