using System.Diagnostics;
using Reporting.Cli;

namespace Reporting.Tests.Cli;

/// <summary>Reports onto a real full or read-only file system: a 64 KB tmpfs mounted for the test. Where this user may not
/// mount (not root, no capability) the tests are inconclusive.</summary>
[NonParallelizable]
public class FileSystemFaultTests
{
    private ReportCli _cli = null!;
    private string _mount = "";

    [SetUp]
    public void Create()
    {
        _cli = new ReportCli();
        _mount = Path.Combine(_cli.Dir, "tiny");
        Directory.CreateDirectory(_mount);
    }

    [TearDown]
    public void Remove()
    {
        Mount("umount", _mount);
        _cli.Dispose();
    }

    [Test]
    public void Report_DiskFullWhileWritingThePdf_ExitsEnvironmentAndLeavesNothing()
    {
        Assume.That(Mount("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _mount), Is.True, "cannot mount a tmpfs here");

        var (code, output, error) = _cli.Run("report", "proof", "--project", "P1", "--period", "runtime", "--format", "json,xlsx,pdf,csv", "--out", _mount);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Does.Match(@"^error: cannot write .*/tiny/verwendungsnachweis_P1_runtime\.\w+: the disk is full; nothing was written$"));
        Assert.That(Directory.GetFileSystemEntries(_mount), Is.Empty, "no temporary file and no finished file");
    }

    [Test]
    public void Report_DiskAlreadyFull_KeepsThePreviousFilesUntouched()
    {
        Assume.That(Mount("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _mount), Is.True, "cannot mount a tmpfs here");
        var first = _cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "json", "--out", _mount);
        var json = File.ReadAllBytes(Path.Combine(_mount, "quartalsbericht_P1_2018-Q2.json"));
        using (var fill = File.Create(Path.Combine(_mount, "fill")))
        {
            try
            {
                fill.Write(new byte[128 * 1024]);
            }
            catch (IOException)
            {
                // full: that is the point
            }
        }

        var (code, _, error) = _cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "json,xlsx", "--out", _mount);

        Assert.That(first.Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Does.Contain("the disk is full"));
        Assert.That(File.ReadAllBytes(Path.Combine(_mount, "quartalsbericht_P1_2018-Q2.json")), Is.EqualTo(json));
        Assert.That(Directory.GetFiles(_mount).Select(Path.GetFileName), Is.EquivalentTo(new[] { "fill", "quartalsbericht_P1_2018-Q2.json" }));
    }

    [Test]
    public void Import_DiskFullWhileStoringTheRecords_ExitsEnvironmentWithOneSentence()
    {
        Assume.That(Mount("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", _mount), Is.True, "cannot mount a tmpfs here");
        var data = Path.Combine(_cli.Dir, "generated");
        Assert.That(_cli.Run("generate", "--projects", "2", "--participants", "2000", "--vouchers", "20000", "--out", data).Code, Is.EqualTo(ExitCodes.Ok));
        var db = Path.Combine(_mount, "full.db");

        var (code, output, error) = _cli.RunOn(db, ["import", .. Directory.GetFiles(data, "*.csv")]);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error.Trim(), Is.EqualTo($"error: database '{db}' cannot be written: the disk is full"));
        Assert.That(output, Does.Not.Contain("imported"));
    }

    [Test]
    public void Report_ReadOnlyFileSystem_ExitsEnvironmentWithOneSentence()
    {
        Assume.That(Mount("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", _mount), Is.True, "cannot mount a tmpfs here");

        var (code, _, error) = _cli.Run("report", "quarterly", "--project", "P1", "--period", "2018-Q2", "--format", "xlsx", "--out", _mount);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error.Trim(), Does.EndWith("tiny/quartalsbericht_P1_2018-Q2.xlsx: the file system is read-only; nothing was written"));
    }

    private static bool Mount(string program, params string[] args)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            var start = new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
