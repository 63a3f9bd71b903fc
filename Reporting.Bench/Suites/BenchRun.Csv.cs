using Reporting.Bench.Csv;
using Reporting.Bench.Measure;
using Reporting.Bench.Writers;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>Each parser reads the file this many times.</summary>
    private const int CsvRuns = 5;

    /// <summary>
    /// The CSV parsers the import could use, on the expenditures file of a generated data set: each reads every record
    /// as the importer does (<see cref="CsvParsers"/>), in a process of its own, <see cref="CsvRuns"/> times, the parsers taking turns.
    /// The median of the runs is given; the check at the end holds the parsers' tallies (records, fields,
    /// characters, line of the last record) against each other.
    /// </summary>
    public void Csv(BenchSettings settings, int rows)
    {
        Progress($"generating {rows} vouchers");
        var set = Generate("csv", settings.Projects, 0, rows);
        var file = set.Files.Single(f => Path.GetFileName(f) == "expenditures.csv");
        var size = new FileInfo(file).Length;
        var runs = CsvParsers.All.ToDictionary(p => p, _ => new List<(Measurement Measurement, string Tally)>());
        for (var round = 0; round < CsvRuns; round++)
        {
            foreach (var parser in CsvParsers.All)
            {
                Progress($"csv {parser}, run {round + 1} of {CsvRuns}");
                var bench = typeof(BenchRun).Assembly.Location;
                var run = ProcessMeter.RunOk("dotnet", [bench, "csv-read", "--parser", parser, "--file", file], _work);
                var tally = run.Output.Trim();
                runs[parser].Add((new Measurement(parser, rows, XlsxWriteChild.Figure(tally, "elapsed_ms"), XlsxWriteChild.Figure(tally, "cpu_ms"), run.PeakBytes),
                    tally[tally.IndexOf("records=", StringComparison.Ordinal)..]));
            }
        }

        Heading("CSV parsers", $"`expenditures.csv` of `generate --projects {settings.Projects} --participants 0 --vouchers {rows} --seed {settings.Seed}`: "
            + $"{Figures.Count(rows)} rows and a header, 7 columns, {Figures.MiB(size)}, `;`, UTF-8 with BOM, CRLF, quoted cells with `;` and doubled quotes. "
            + $"Each parser reads every record from the importer's `TextReader` (64 KiB buffer), every field as a string, with the physical line "
            + $"each record starts on; a process of its own per run, {CsvRuns} runs each, the parsers taking turns. Time and CPU of the reading "
            + "alone, measured inside the process; peak memory of the whole process. Median of the runs.");
        var table = new MarkdownTable("parser", "wall", "rows/s", "CPU", "peak memory", "runs (wall)");
        foreach (var parser in CsvParsers.All)
        {
            var list = runs[parser].Select(r => r.Measurement).ToList();
            var wall = Median(list.Select(m => m.Wall));
            var cpu = Median(list.Select(m => m.Cpu!.Value));
            table.Add(CsvParsers.Describe(parser), Figures.Seconds(wall), Figures.PerSecond(rows, wall), Figures.Seconds(cpu),
                Figures.MiB(Median(list.Select(m => m.PeakBytes))), string.Join(" / ", list.Select(m => Figures.Seconds(m.Wall))));
        }
        table.Print(_out);
        var tallies = runs.Values.SelectMany(r => r.Select(x => x.Tally)).Distinct().ToList();
        _out.WriteLine(tallies.Count == 1
            ? $"Check: every parser read the same ({tallies[0]})."
            : "CHECK FAILED: the parsers read different things: " + string.Join("; ", runs.Select(r => $"{r.Key}: {r.Value[0].Tally}")));
        _out.WriteLine();
    }

    private static T Median<T>(IEnumerable<T> values) => values.Order().ElementAt(CsvRuns / 2);
}
