using System.Diagnostics;
using Reporting.Cli;
using Reporting.Tests.Import;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>A database that cannot be written: an import is exit 5 with one sentence and leaves it as it was; the
/// commands that only read work as on any database.</summary>
/// <remarks>How the database is made read-only depends on who runs the tests. Root writes through file permissions, so
/// as root the database lies on a tmpfs mounted for the test and then remounted read-only (the file system refuses the
/// write, as for a database on a read-only share). Another user gets a file and folder without write permission. Root
/// without the right to mount (no CAP_SYS_ADMIN) has neither, and the tests are skipped with that reason.</remarks>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ReadOnlyDatabaseTests
{
    private string _dir = "";
    private string _place = "";
    private bool _mounted;

    private string Db => Path.Combine(_place, "land.db");

    [SetUp]
    public void CreateReadOnlyDatabase()
    {
        Assume.That(OperatingSystem.IsLinux(), "read-only mounts and file modes of Linux");
        _dir = Directory.CreateTempSubdirectory("fr-cli-readonly-").FullName;
        _place = Path.Combine(_dir, "share");
        Directory.CreateDirectory(_place);
        var root = Environment.UserName == "root";
        _mounted = root && Mount("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", _place);
        if (root && !_mounted)
        {
            Assert.Ignore("running as root without the right to mount a tmpfs: root writes through file permissions, so there is no read-only database to test with");
        }
        var samples = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "dortmund-scla"), "*.csv").Order(StringComparer.Ordinal);
        Assert.That(Run(["import", .. samples, "--db", Db]).Code, Is.EqualTo(ExitCodes.Ok));
        if (_mounted)
        {
            Assert.That(Mount("mount", "-o", "remount,ro", _place), Is.True, "remount the tmpfs read-only");
        }
        else
        {
            File.SetUnixFileMode(Db, UnixFileMode.UserRead | UnixFileMode.GroupRead);
            File.SetUnixFileMode(_place, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        Assert.That(CanWrite(Db), Is.False, "the database cannot be written");
    }

    [TearDown]
    public void Remove()
    {
        if (_mounted)
        {
            Mount("umount", _place);
        }
        else if (Directory.Exists(_place))
        {
            File.SetUnixFileMode(_place, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void Import_ReadOnlyDatabase_IsExit5WithOneSentenceAndLeavesItAsItWas()
    {
        var before = StoreContent.Hash(Db);
        File.WriteAllText(Path.Combine(_dir, "programs.csv"), "program_id;name\nNEU;Ein neues Programm\n");

        var (code, output, error) = Run("import", Path.Combine(_dir, "programs.csv"), "--db", Db);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Is.EqualTo($"error: database '{Db}' cannot be written: the file or its folder is read-only"));
        Assert.That(StoreContent.Hash(Db), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(_place).Select(Path.GetFileName), Is.EqualTo(new[] { "land.db" }), "no journal or other file beside it");
    }

    [TestCase("targets", "--as-of", "2019-03-26", "--format", "json", TestName = "Targets_ReadOnlyDatabase_AsOnAWritableCopy")]
    [TestCase("figures", "--project", "SCLA-DO", "--period", "2019-Q1", "--format", "json", TestName = "Figures_ReadOnlyDatabase_AsOnAWritableCopy")]
    public void ReadCommand_ReadOnlyDatabase_AnswersAsOnAWritableCopy(params string[] command)
    {
        var copy = Path.Combine(_dir, "copy.db");
        File.Copy(Db, copy);
        var expected = Run([.. command, "--db", copy]);

        var (code, output, error) = Run([.. command, "--db", Db]);

        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        Assert.That(expected.Code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo(expected.Output).And.Contains("SCLA-DO"));
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error, _dir, _ => null, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Mount(string program, params string[] args)
    {
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
