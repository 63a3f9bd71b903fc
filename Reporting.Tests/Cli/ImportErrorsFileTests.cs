using Reporting.Cli;
using Reporting.Tests.Import;

namespace Reporting.Tests.Cli;

/// <summary><c>import --errors FILE</c> never replaces the database or a file being imported.</summary>
public class ImportErrorsFileTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("fr-cli-errors-").FullName;
        foreach (var file in GermanSampleFiles.All())
        {
            File.WriteAllBytes(Path.Combine(_dir, file.Name), file.Content);
        }
    }

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error, _dir, _ => null, TimeProvider.System));
        return (code, output.ToString(), error.ToString());
    }

    private string P(string name) => Path.Combine(_dir, name);

    [Test]
    public void Import_ErrorsFileIsTheDatabase_ExitsUsageAndTheDatabaseStaysAsItWas()
    {
        Assert.That(Run("import", "Programme.csv", "--db", "data.db").Code, Is.EqualTo(ExitCodes.Ok));
        var before = File.ReadAllBytes(P("data.db"));

        var (code, output, error) = Run("import", "Projekte.csv", "--db", "data.db", "--errors", "data.db");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(output, Is.Empty);
        Assert.That(error.Trim(), Is.EqualTo($"error: --errors {P("data.db")} would overwrite the database {P("data.db")}; give another file for the error list"));
        Assert.That(File.ReadAllBytes(P("data.db")), Is.EqualTo(before), "nothing imported, nothing overwritten");
    }

    [Test]
    public void Import_ErrorsFileIsTheDatabaseJournal_ExitsUsage()
    {
        var (code, _, error) = Run("import", "Programme.csv", "--db", "data.db", "--errors", "data.db-wal");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("would overwrite the database"));
        Assert.That(File.Exists(P("data.db")), Is.False, "nothing stored");
        Assert.That(File.Exists(P("data.db-wal")), Is.False);
    }

    [Test]
    public void Import_ErrorsFileIsOneOfTheInputs_ExitsUsageAndTheInputIsUntouched()
    {
        var before = File.ReadAllBytes(P("Projekte.csv"));

        var (code, _, error) = Run("import", "Programme.csv", "Projekte.csv", "--db", "data.db", "--errors", "./Projekte.csv");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.Trim(), Is.EqualTo($"error: --errors {P("Projekte.csv")} would overwrite the input file {P("Projekte.csv")}; give another file for the error list"));
        Assert.That(File.ReadAllBytes(P("Projekte.csv")), Is.EqualTo(before));
        Assert.That(File.Exists(P("data.db")), Is.False, "nothing stored");
    }

    [Test]
    public void Import_ErrorsFileIsALinkToAnInput_ExitsUsage()
    {
        File.CreateSymbolicLink(P("link.csv"), P("Projekte.csv"));
        Directory.CreateDirectory(P("sub"));
        Directory.CreateSymbolicLink(P("alias"), _dir);

        var viaFile = Run("import", "Projekte.csv", "--db", "data.db", "--errors", "link.csv");
        var viaFolder = Run("import", "Projekte.csv", "--db", "data.db", "--errors", "alias/Projekte.csv");

        Assert.That(viaFile.Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(viaFile.Error, Does.Contain($"would overwrite the input file {P("Projekte.csv")}"));
        Assert.That(viaFolder.Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(File.ReadAllText(P("Projekte.csv")), Does.Not.StartWith("file;line"));
    }

    [Test]
    public void Import_ErrorsFileIsAFolder_ExitsUsageBeforeStoringAnything()
    {
        Directory.CreateDirectory(P("fehler"));

        var (code, _, error) = Run("import", "Programme.csv", "--db", "data.db", "--errors", "fehler");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.Trim(), Is.EqualTo($"error: --errors {P("fehler")} is a folder; give a file for the error list"));
        Assert.That(File.Exists(P("data.db")), Is.False);
    }

    [Test]
    public void Import_ErrorsFileElsewhere_StillWritten()
    {
        var (code, _, _) = Run("import", "Programme.csv", "--db", "data.db", "--errors", "fehler.csv");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.Exists(P("fehler.csv")), Is.True);
    }
}
