using System.Text.Json;
using Reporting.Cli;
using Reporting.Core.Domain;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>What a report run leaves in its output folder: all its files or none, under names that never collide, and one
/// plain sentence with exit code 5 when the machine refuses.</summary>
public class ReportOutputTests
{
    [Test]
    public void Report_ProjectsAB_ASlashB_AUnderscoreB_SixReportsInSixFiles()
    {
        using var cli = ReportCli.With(SmallProject.As("A B"), SmallProject.As("A/B"), SmallProject.As("A_B"));

        var (code, output, error) = cli.Run("report", "quarterly", "--program", "PR", "--period", "2018-Q2", "--format", "xlsx,json", "--out", "out");

        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(cli.OutFiles(), Is.EqualTo(new[]
        {
            "quartalsbericht_A_B_2018-Q2.json", "quartalsbericht_A_B_2018-Q2.xlsx",
            "quartalsbericht_A_B~998d3e_2018-Q2.json", "quartalsbericht_A_B~998d3e_2018-Q2.xlsx",
            "quartalsbericht_A_B~fea4c5_2018-Q2.json", "quartalsbericht_A_B~fea4c5_2018-Q2.xlsx",
        }));
        Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(6));
        foreach (var (file, id) in new[] { ("quartalsbericht_A_B~fea4c5_2018-Q2.json", "A B"), ("quartalsbericht_A_B~998d3e_2018-Q2.json", "A/B"), ("quartalsbericht_A_B_2018-Q2.json", "A_B") })
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, file)));
            Assert.That(json.RootElement.GetProperty("scope_label").GetString(), Does.StartWith(id + " – "), file);
        }
    }

    [Test]
    public void Report_PublishedAndInternal_TwoFilesNeitherReplacesTheOther()
    {
        using var cli = new ReportCli();

        cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "json", "--out", "out");
        cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "json", "--out", "out", "--publish");

        Assert.That(cli.OutFiles(), Is.EqualTo(new[] { "quartalsbericht_P1_2018-Q2.json", "quartalsbericht_P1_2018-Q2_veroeffentlicht.json" }));
        using var published = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2_veroeffentlicht.json")));
        using var internalOne = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.json")));
        Assert.That(published.RootElement.GetProperty("published").GetBoolean(), Is.True);
        Assert.That(internalOne.RootElement.GetProperty("published").GetBoolean(), Is.False);
    }

    [Test]
    public void Report_XlsxCannotBePutInPlaceAfterThePdf_NeitherIsWrittenAndTheOldPdfStays()
    {
        using var cli = new ReportCli();
        Directory.CreateDirectory(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.xlsx"));
        File.WriteAllText(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.pdf"), "the previous report");

        var (code, _, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "pdf,xlsx", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith("error: cannot move the finished files into place: ").And.Contain("the previous files were kept"));
        Assert.That(cli.OutFiles(), Is.EqualTo(new[] { "quartalsbericht_P1_2018-Q2.pdf", "quartalsbericht_P1_2018-Q2.xlsx" }));
        Assert.That(File.ReadAllText(Path.Combine(cli.Out, "quartalsbericht_P1_2018-Q2.pdf")), Is.EqualTo("the previous report"));
    }

    [Test]
    public void Report_OutputFolderUnderAFile_ExitsEnvironmentWithOneSentence()
    {
        using var cli = new ReportCli();
        File.WriteAllText(Path.Combine(cli.Dir, "plain.txt"), "not a folder");

        var (code, output, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "pdf,json", "--out", "plain.txt/out");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(output, Is.Empty);
        var file = Path.Combine(cli.Dir, "plain.txt");
        Assert.That(error.Trim(), Is.EqualTo($"error: cannot write {file}/out/quartalsbericht_P1_2018-Q2.pdf: {file} is a file, not a folder; nothing was written"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Report_ReadOnlyOutputFolder_ExitsEnvironmentAndLeavesNothing()
    {
        using var cli = new ReportCli();
        var folder = Directory.CreateDirectory(cli.Out);
        File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            // Root writes through file permissions: as root the built program runs as the unprivileged user nobody instead.
            var (code, _, error) = CanWrite(folder.FullName)
                ? RunAsNobody(cli, "report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx", "--out", "out", "--db", cli.DbPath)
                : cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx", "--out", "out");

            Assert.That(code, Is.EqualTo(ExitCodes.Environment));
            Assert.That(error.Trim(), Does.EndWith(": permission denied; nothing was written"));
            Assert.That(cli.OutFiles(), Is.Empty);
        }
        finally
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [TestCase("folder", TestName = "Report_NarrativeIsAFolder_ExitsEnvironment")]
    [TestCase("/dev/zero", TestName = "Report_NarrativeIsDevZero_ExitsEnvironment")]
    [TestCase("endless.md", TestName = "Report_NarrativeIsOneLineOfElevenMegabytes_ExitsEnvironment")]
    public void Report_NarrativeThatCannotBeRead_RefusedWithOneSentenceAndNothingWritten(string narrative)
    {
        Assume.That(narrative != "/dev/zero" || File.Exists("/dev/zero"), "needs /dev/zero");
        using var cli = new ReportCli();
        Directory.CreateDirectory(Path.Combine(cli.Dir, "folder"));
        File.WriteAllText(Path.Combine(cli.Dir, "endless.md"), new string('a', 11 * 1024 * 1024));

        var (code, _, error) = cli.Run("report", "proof", "--project", "P1", "--period", "runtime", "--narrative", narrative, "--format", "pdf,json", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Match("is a folder, not a file|larger than 10 MB"));
        Assert.That(cli.OutFiles(), Is.Empty);
    }

    [Test]
    public void Report_InterruptedBeforeItWrites_ExitsTerminatedAndWritesNothing()
    {
        using var cli = new ReportCli();
        cli.Interrupt.Request(ExitCodes.Terminated);

        var (code, output, error) = cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx,pdf,csv,json", "--out", "out");

        Assert.That(code, Is.EqualTo(ExitCodes.Terminated));
        Assert.That(error.Trim(), Is.EqualTo("interrupted by SIGTERM: stopped, nothing was written"));
        Assert.That(output, Is.Empty);
        Assert.That(cli.OutFiles(), Is.Empty);
    }

    [Test]
    public void Report_ProjectEndingOn31December9999_FiguresTargetsAndEveryFormWork()
    {
        var open = SmallProject.As("OPEN");
        using var cli = ReportCli.With(open with { Project = open.Project with { Runtime = new DateRange(new DateOnly(2018, 1, 1), DateOnly.MaxValue) } });

        var figures = cli.Run("figures", "--project", "OPEN", "--period", "2018-Q1", "--format", "json");
        var targets = cli.Run("targets", "--as-of", "2019-01-15");

        Assert.That(figures.Error + targets.Error, Is.Empty);
        Assert.That((figures.Code, targets.Code), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)));
        using var json = JsonDocument.Parse(figures.Out);
        Assert.That(json.RootElement.GetProperty("deadlines").GetArrayLength(), Is.EqualTo(9999 - 2018));
        foreach (var (form, period) in new[] { ("quarterly", "2018-Q1"), ("quarterly", "runtime"), ("proof", "runtime"), ("proof", "2018"), ("targets", "2018"), ("monthly", "2018") })
        {
            var (code, _, error) = cli.Run("report", form, "--all", "--period", period, "--format", "xlsx,pdf,csv,json", "--out", "out");
            Assert.That(error, Is.Empty, $"{form} {period}");
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), $"{form} {period}");
        }
        Assert.That(cli.OutFiles(), Does.Contain("verwendungsnachweis_OPEN_runtime.pdf"));
    }

    /// <summary>The built program run as the user nobody (<c>setpriv</c>, as root) in the CLI's folder, which it may read.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static (int Code, string Out, string Error) RunAsNobody(ReportCli cli, params string[] args)
    {
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, "fundingreports");
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv") || !File.Exists(program))
        {
            Assert.Ignore("this user may write to read-only folders, and cannot run the built program as another user (root with setpriv)");
        }
        File.SetUnixFileMode(cli.Dir, File.GetUnixFileMode(cli.Dir) | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var probe = Setpriv(cli, program, ["--help"]);
        if (probe.Code != 0)
        {
            Assert.Ignore($"the user nobody cannot run the built program here (a folder on its way is not readable): {probe.Error.Trim()}");
        }
        return Setpriv(cli, program, args);
    }

    private static (int Code, string Out, string Error) Setpriv(ReportCli cli, string program, string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/setpriv")
        {
            WorkingDirectory = cli.Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", program, .. args])
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["FUNDREPORTS_TEMPLATES"] = RepoPaths.Templates;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the report ends");
        return (process.ExitCode, output.Result, error.Result);
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, ".probe"), "");
            File.Delete(Path.Combine(folder, ".probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
