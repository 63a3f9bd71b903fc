using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Reporting.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>The built <c>fundingreports</c> writing 50-odd files, sent SIGTERM (and SIGINT) at random moments: it never
/// leaves a temporary file, and it leaves either every file of the run or none.</summary>
[NonParallelizable]
public class InterruptProcessTests
{
    private const int Rounds = 6;

    private static readonly string[] Job =
        ["report", "quarterly", "--all", "--period", "2018-Q3", "--format", "xlsx,pdf,csv,json", "--out", "out", "--db", "test.db"];

    [Test]
    public void Report_SignalledAtRandomMoments_NoTemporaryFileAndAllFilesOrNone()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, "fundingreports");
        Assume.That(File.Exists(program), "the built fundingreports next to the tests");
        using var cli = new ReportCli(seed: false);
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.That(cli.Run("init").Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(cli.Run(["import", .. samples]).Code, Is.EqualTo(ExitCodes.Ok));

        // Two runs without a signal: the files a complete run writes, and (the faster one) how long it takes, so that the
        // signals fall while it runs.
        var duration = TimeSpan.MaxValue;
        var referenceCode = 0;
        for (var i = 0; i < 2; i++)
        {
            var clock = Stopwatch.StartNew();
            (referenceCode, _) = Start(program, cli.Dir).Finish();
            duration = clock.Elapsed < duration ? clock.Elapsed : duration;
        }
        var all = cli.OutFiles();
        Assert.That(referenceCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(all, Has.Length.GreaterThan(40));

        var random = TestContext.CurrentContext.Random;
        var outcomes = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            if (Directory.Exists(cli.Out))
            {
                Directory.Delete(cli.Out, recursive: true);
            }
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * duration.TotalMilliseconds);
            var signal = round % 3 == 2 ? "INT" : "TERM";
            var run = Start(program, cli.Dir);
            Thread.Sleep(delay);
            Signal(run.Process, signal);
            var (code, error) = run.Finish();
            var left = cli.OutFiles();
            var what = $"round {round}: SIG{signal} after {delay.TotalMilliseconds:F0} ms of {duration.TotalMilliseconds:F0}, exit {code}, {left.Length} files; {error}";
            outcomes.Add(what);

            Assert.That(left.Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty, $"{what}: no temporary file");
            Assert.That(left.Length == 0 || left.SequenceEqual(all), Is.True, $"{what}: all files or none");
            Assert.That(code, Is.AnyOf(ExitCodes.Ok, signal == "INT" ? ExitCodes.Interrupted : ExitCodes.Terminated), what);
            if (code == ExitCodes.Ok)
            {
                Assert.That(left, Is.EqualTo(all), $"{what}: a run that says it succeeded wrote everything");
            }
            foreach (var file in left)
            {
                Complete(Path.Combine(cli.Out, file), what);
            }
        }
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, outcomes));
    }

    private static void Complete(string path, string what)
    {
        if (path.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(path);
            Assert.That(zip.Entries, Is.Not.Empty, $"{what}: {path}");
        }
        else if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var tail = File.ReadAllBytes(path)[^16..];
            Assert.That(System.Text.Encoding.ASCII.GetString(tail), Does.Contain("%%EOF"), $"{what}: {path}");
        }
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static Run Start(string program, string folder)
    {
        var start = new ProcessStartInfo(program, Job)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates;
        return new Run(Process.Start(start)!);
    }

    private sealed record Run(Process Process)
    {
        public (int Code, string Error) Finish()
        {
            var output = Process.StandardOutput.ReadToEndAsync();
            var error = Process.StandardError.ReadToEndAsync();
            if (!Process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                Process.Kill();
                Assert.Fail("fundingreports did not end within two minutes of the signal");
            }
            _ = output.Result;
            var code = Process.ExitCode;
            var text = error.Result.Trim();
            Process.Dispose();
            return (code, text);
        }
    }
}
