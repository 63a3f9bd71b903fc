using Microsoft.Data.Sqlite;
using Reporting.Cli;
using Reporting.Core.Storage;

namespace Reporting.Tests.Cli;

/// <summary>Environment faults of the store are exit 5 with one plain sentence, and a read never creates a database.</summary>
public class StoreFaultTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-cli-faults-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(new StringWriter(), error, _dir, _ => null, TimeProvider.System));
        return (exit, error.ToString().Trim().Replace(_dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [TestCase("figures", "--project", "P1", "--period", "2018-07")]
    [TestCase("targets")]
    public void ReadCommand_MissingDatabase_IsExit5AndCreatesNoFile(params string[] command)
    {
        var (code, error) = Run([.. command, "--db", "missing.db"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Is.EqualTo("error: database 'missing.db' does not exist; create it with 'fundingreports init --db \"missing.db\"' or import data first"));
        Assert.That(File.Exists(Path.Combine(_dir, "missing.db")), Is.False);
    }

    [Test]
    public void Import_CorruptFile_IsExit5WithOneSentence()
    {
        File.WriteAllText(Path.Combine(_dir, "broken.db"), "this is no database, just text that is long enough to be read as a header page");
        File.WriteAllText(Path.Combine(_dir, "p.csv"), "program_id;name\nP1;x\n");

        var (code, error) = Run("import", "p.csv", "--db", "broken.db");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Is.EqualTo("error: 'broken.db' is not a FundingReports database (not a SQLite file, or damaged)"));
    }

    [Test]
    public void Import_DatabaseLockedByAnotherWriter_IsBusyAfterTheTimeout()
    {
        var path = Path.Combine(_dir, "busy.db");
        using (var store = new SqliteStore(path))
        {
            store.Migrate();
        }
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        other.Open();
        using var lockTx = other.BeginTransaction(deferred: false);
        File.WriteAllText(Path.Combine(_dir, "p.csv"), "program_id;name\nP1;x\n");

        var (code, error) = Run("import", "p.csv", "--db", "busy.db");

        Assert.That(code, Is.EqualTo(ExitCodes.Environment));
        Assert.That(error, Is.EqualTo("error: database 'busy.db' is busy: another process holds it (waited 10 s); try again when it has finished"));
    }
}
