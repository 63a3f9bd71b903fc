using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Reporting.Bench.Measure;
using Reporting.Bench.Serve;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    private static readonly TimeSpan OverviewTarget = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan ProjectTarget = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Warm response times of <c>fundingreports serve</c> (the built program, a process of its own on a loopback port)
    /// on the data set's database: the overview over every project, the page of the project with the most vouchers for
    /// a quarter, its placements chart and <c>/api/targets</c>; after a few untimed requests, one request at a time, the
    /// median and the 95th percentile of the wall time from sending a request to its last byte, and the server's CPU
    /// time per request.
    /// </summary>
    public void Serve(BenchSettings settings, ServeSettings serve)
    {
        string database;
        string described;
        string? project = serve.Project;
        if (serve.Database is { } given)
        {
            database = Path.GetFullPath(given);
            described = $"`{Path.GetFileName(database)}` (given with `--serve-db`)";
        }
        else
        {
            Progress("generating and importing the data set");
            var set = MainDataSet();
            database = FullDatabase();
            project ??= set.Largest;
            described = $"`generate --projects {settings.Projects} --participants {settings.Participants} --vouchers {settings.Vouchers} "
                + $"--seed {settings.Seed}` imported into a SQLite file ({Figures.Count(set.Rows)} rows, {Figures.MiB(new FileInfo(database).Length)})";
        }

        Progress("starting fundingreports serve");
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var started = Stopwatch.StartNew();
        using var server = ServerProcess.Start(Cli, database, _work, client);
        var startup = started.Elapsed;
        project ??= FirstProject(client, server);
        var quarter = MiddleQuarter(client, server, project);
        var page = $"/projekte/{Uri.EscapeDataString(project)}?zeitraum={quarter}";
        var requests = new (string Name, string Path, TimeSpan? Target)[]
        {
            ("overview `/`", "/", OverviewTarget),
            ($"project page `/projekte/{project}?zeitraum={quarter}`", page, ProjectTarget),
            ("its chart `placements_over_time.svg`", $"/projekte/{Uri.EscapeDataString(project)}/diagramme/placements_over_time.svg?zeitraum={quarter}", null),
            ("`/api/targets`", "/api/targets", null),
        };
        var results = new List<ResponseTimes>();
        foreach (var (name, path, target) in requests)
        {
            Progress($"serve {path}: {serve.WarmUp} warm-up, {serve.Requests} timed requests");
            results.Add(Time(client, server, name, path, target, serve));
        }

        Heading("serve", $"{described}; `fundingreports serve` started on {server.Address} (first answer after "
            + $"{Figures.Seconds(startup)}). Per address {serve.WarmUp} untimed requests, then {serve.Requests} timed ones, one at a time; "
            + "the time from sending a request to reading its last byte. Server CPU: user + system time of the server process "
            + "over the timed requests, per request.");
        var table = new MarkdownTable("request", "target", "median", "p95", "max", "server CPU per request", "response", "met");
        foreach (var r in results)
        {
            table.Add(r.Name, r.Target is { } t ? "< " + Milliseconds(t) : "–", Milliseconds(r.Median), Milliseconds(r.P95), Milliseconds(r.Max),
                r.CpuPerRequest is { } c ? Milliseconds(c) : "–", KiB(r.Bytes), r.Met switch { true => "yes", false => "**no**", null => "–" });
        }
        table.Print(_out);
        _out.WriteLine($"Server peak memory: {Figures.MiB(server.PeakBytes())}. Load average at the end: {Machine.Load()}.");
        _out.WriteLine();
    }

    private static ResponseTimes Time(HttpClient client, ServerProcess server, string name, string path, TimeSpan? target, ServeSettings serve)
    {
        var uri = new Uri(server.Address, path);
        long bytes = 0;
        for (var i = 0; i < serve.WarmUp; i++)
        {
            bytes = Get(client, uri).Length;
        }
        var cpuBefore = server.CpuTime();
        var times = new List<TimeSpan>(serve.Requests);
        for (var i = 0; i < serve.Requests; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = Get(client, uri).Length;
            times.Add(clock.Elapsed);
        }
        var cpuAfter = server.CpuTime();
        return new ResponseTimes(name, path, target, times, cpuAfter - cpuBefore, bytes);
    }

    /// <summary>The whole body of a 200 response; any other status stops the bench.</summary>
    private static byte[] Get(HttpClient client, Uri uri)
    {
        using var response = client.GetAsync(uri, HttpCompletionOption.ResponseContentRead).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new BenchException($"GET {uri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    private static string FirstProject(HttpClient client, ServerProcess server)
    {
        using var json = JsonDocument.Parse(Get(client, new Uri(server.Address, "/api/targets")));
        return json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("project_id").GetString()).FirstOrDefault(p => p is not null)
            ?? throw new BenchException("the database has no project with targets; pass --project");
    }

    /// <summary>The quarter holding the middle of the project's runtime (from its figures), as <c>2018-Q3</c>.</summary>
    private static string MiddleQuarter(HttpClient client, ServerProcess server, string project)
    {
        using var json = JsonDocument.Parse(Get(client, new Uri(server.Address, $"/api/projects/{Uri.EscapeDataString(project)}/figures")));
        var runtime = json.RootElement.GetProperty("runtime");
        DateOnly Day(string name) => DateOnly.ParseExact(runtime.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = Day("from");
        var middle = DateOnly.FromDayNumber(from.DayNumber + (Day("to").DayNumber - from.DayNumber) / 2);
        return string.Create(CultureInfo.InvariantCulture, $"{middle.Year}-Q{(middle.Month - 1) / 3 + 1}");
    }

    private static string KiB(long bytes) => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KiB";

    private static string Milliseconds(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
