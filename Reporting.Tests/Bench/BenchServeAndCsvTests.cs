using System.Text;
using Reporting.Bench;
using Reporting.Bench.Csv;
using Reporting.Bench.Serve;

namespace Reporting.Tests.Bench;

/// <summary>The parts of the <c>serve</c> and <c>csv</c> benches that decide what their figures mean: the command line,
/// the percentiles, and that every parser reads the same from a file. No benchmark runs here.</summary>
public class BenchServeAndCsvTests
{
    [Test]
    public void ServeSettings_Options_AreTakenAsGiven()
    {
        var parse = BenchApp.BuildRoot(TextWriter.Null).Parse(["serve", "--requests", "20", "--warmup", "2", "--project", "ESF-TEIL-00006"]);

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(BenchApp.ServeSettingsOf(parse), Is.EqualTo(new ServeSettings(20, 2, null, "ESF-TEIL-00006")));
    }

    [TestCase("--requests", "0", "error: --requests must be at least 1, --warmup not negative")]
    [TestCase("--serve-db", "no-such.db", "error: --serve-db: no-such.db does not exist")]
    [TestCase("--csv-rows", "0", "error: --csv-rows must be at least 1")]
    public void Run_ImpossibleServeOrCsvOption_ExitsWithTwoAndSaysWhy(string option, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchApp.Run([option == "--csv-rows" ? "csv" : "serve", option, value], output, error);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString().Trim(), Is.EqualTo(message));
    }

    [Test]
    public void ResponseTimes_HundredRequests_MedianAndP95ByNearestRank()
    {
        var times = Enumerable.Range(1, 100).Reverse().Select(ms => TimeSpan.FromMilliseconds(ms)).ToList();

        var r = new ResponseTimes("overview", "/", TimeSpan.FromMilliseconds(300), times, TimeSpan.FromSeconds(2), 1024);

        Assert.That((r.Median, r.P95, r.Max), Is.EqualTo((TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(95), TimeSpan.FromMilliseconds(100))));
        Assert.That(r.CpuPerRequest, Is.EqualTo(TimeSpan.FromMilliseconds(20)));
    }

    [TestCase(96, true)]
    [TestCase(95, false)]
    [TestCase(50, false)]
    public void ResponseTimes_Met_OnlyWhenMedianAndP95AreUnderTheTarget(int targetMs, bool met)
    {
        var times = Enumerable.Range(1, 100).Select(ms => TimeSpan.FromMilliseconds(ms)).ToList();

        Assert.That(new ResponseTimes("x", "/", TimeSpan.FromMilliseconds(targetMs), times, null, 0).Met, Is.EqualTo(met));
        Assert.That(new ResponseTimes("x", "/", null, times, null, 0).Met, Is.Null);
    }

    [Test]
    public void CsvParsers_QuotedLineBreaksAndMixedLineEnds_AllReadTheSameRecordsAndLines()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fr-bench-csv-").FullName, "expenditures.csv");
        // The fourth record (line 4) holds a CRLF and an LF in a quoted cell, so the fifth starts on line 7; the last line
        // ends with a lone LF.
        File.WriteAllText(path, "Projekt-ID;Belegnummer;Verwendungszweck\r\n"
            + "P1;B-1;Miete\r\n"
            + "P1;B-2;\"Druckerei \"\"Schmitz\"\"; Söhne\"\r\n"
            + "P1;B-3;\"zwei\r\nZeilen\nund drei\"\r\n"
            + "P1;B-4;Ende\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var tallies = CsvParsers.All.ToDictionary(p => p, p => CsvParsers.Read(p, path));

            Assert.That(tallies.Values.Distinct(), Has.Exactly(1).Items, string.Join("; ", tallies.Select(t => $"{t.Key}: {t.Value}")));
            Assert.That(tallies[CsvParsers.Sep], Is.EqualTo(new CsvTally(5, 15, tallies[CsvParsers.Sep].Chars, 7)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
