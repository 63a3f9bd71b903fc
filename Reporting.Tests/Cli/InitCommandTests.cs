using Reporting.Cli;
using Reporting.Core.Storage;

namespace Reporting.Tests.Cli;

public class InitCommandTests
{
    [Test]
    public void Init_NewDatabase_CreatesItAtTheCurrentSchemaVersion()
    {
        using var cli = new ReportCli(seed: false);

        var (code, output, error) = cli.Run("init");

        Assert.That((code, error), Is.EqualTo((ExitCodes.Ok, "")));
        Assert.That(output, Is.EqualTo($"{cli.DbPath}: created (schema version {SqliteStore.CurrentSchemaVersion}).{Environment.NewLine}"));
        Assert.That(File.Exists(cli.DbPath));
    }

    [Test]
    public void Init_CurrentDatabase_SaysThereIsNothingToDo()
    {
        using var cli = new ReportCli();

        var (code, output, _) = cli.Run("init");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Is.EqualTo($"{cli.DbPath}: schema version {SqliteStore.CurrentSchemaVersion} is current; nothing to do.{Environment.NewLine}"));
    }
}
