using System.Text;
using Reporting.Cli;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Cli;

public class ImportCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-cli-import-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private sealed record Result(int ExitCode, string[] Out, string[] Error);

    private Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, _dir, _ => null, TimeProvider.System);
        var exit = CliApp.Run(args, context);
        static string[] Lines(StringWriter w) => w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        return new Result(exit, Lines(output), Lines(error));
    }

    private void WriteSamples()
    {
        foreach (var file in GermanSampleFiles.All())
        {
            File.WriteAllBytes(Path.Combine(_dir, file.Name), file.Content);
        }
    }

    private static readonly string[] SampleNames =
        ["Ausgaben.csv", "Finanzplan.csv", "Mittelabrufe.csv", "Programme.csv", "Projekte.csv", "Teilnehmende.csv", "Vermittlungen.csv"];

    private IReadOnlyDictionary<RecordKind, int> StoredCounts()
    {
        using var store = StoreFactory.Open(Path.Combine(_dir, "fundingreports.db"));
        return store.Count();
    }

    [Test]
    public void Import_GermanExports_StoresEveryRowAndSaysSoPerFile()
    {
        WriteSamples();

        var result = Run(["import", .. SampleNames]);

        Assert.That(result.Error, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Out, Is.EqualTo(new[]
        {
            "Ausgaben.csv: 4 expenditures imported (4 added, 0 changed, 0 unchanged)",
            "Finanzplan.csv: 3 budget lines imported (3 added, 0 changed, 0 unchanged)",
            "Mittelabrufe.csv: 2 disbursements imported (2 added, 0 changed, 0 unchanged)",
            "Programme.csv: 2 programs imported (2 added, 0 changed, 0 unchanged)",
            "Projekte.csv: 2 projects imported (2 added, 0 changed, 0 unchanged)",
            "Teilnehmende.csv: 4 participants imported (4 added, 0 changed, 0 unchanged)",
            "Vermittlungen.csv: 2 placements imported (2 added, 0 changed, 0 unchanged)",
        }));
        Assert.That(StoredCounts().Values.Sum(), Is.EqualTo(19));
    }

    [Test]
    public void Import_SameFilesTwice_ChangesNoCount()
    {
        WriteSamples();
        Run(["import", .. SampleNames]);
        var first = StoredCounts();

        var second = Run(["import", .. SampleNames]);

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(StoredCounts(), Is.EqualTo(first));
    }

    [Test]
    public void Import_OneBadRow_StoresNothingAndExits3NamingLineAndColumn()
    {
        WriteSamples();
        File.WriteAllText(Path.Combine(_dir, "participants.csv"), Lines(
            "Projekt-ID;Teilnehmer-ID;Eintritt",
            "SCLA;TN-0101;01.08.2018",
            "SCLA;TN-0102;31.02.2018"));

        var result = Run(["import", .. SampleNames, "participants.csv"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Is.EqualTo(new[]
        {
            "participants.csv line 3, column Eintritt: '31.02.2018' is not a date (expected 2018-07-31 or 31.07.2018)",
            "1 problem in 1 file; nothing was imported.",
        }));
        Assert.That(result.Out, Is.Empty);
        Assert.That(StoredCounts().Values.Sum(), Is.Zero);
    }

    [Test]
    public void Import_ExplicitKind_AppliesToAllFiles()
    {
        WriteSamples();
        Run("import", "Programme.csv", "Projekte.csv");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-1;01.08.2018"));
        File.WriteAllText(Path.Combine(_dir, "b.txt"), Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-2;01.08.2018"));

        var result = Run("import", "participants", "a.txt", "b.txt");

        Assert.That(result.Out, Is.EqualTo(new[] { "a.txt: 1 participant imported (1 added, 0 changed, 0 unchanged)", "b.txt: 1 participant imported (1 added, 0 changed, 0 unchanged)" }));
        Assert.That(StoredCounts()[RecordKind.Participants], Is.EqualTo(2));
    }

    [Test]
    public void Import_DryRun_SaysWhatWouldBeImportedAndStoresNothing()
    {
        WriteSamples();

        var result = Run("import", "--dry-run", "Programme.csv", "Projekte.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Out, Is.EqualTo(new[]
        {
            "Programme.csv: 2 programs would be imported (2 added, 0 changed, 0 unchanged)",
            "Projekte.csv: 2 projects would be imported (2 added, 0 changed, 0 unchanged)",
            "dry run: nothing was stored.",
        }));
        Assert.That(File.Exists(Path.Combine(_dir, "fundingreports.db")), Is.False);
    }

    [Test]
    public void Import_DryRunWithProblems_ReportsThemLikeARealImport()
    {
        File.WriteAllText(Path.Combine(_dir, "projects.csv"), Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-X;01.01.2018;31.12.2018;100"));

        var result = Run("import", "--dry-run", "projects.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error[0], Is.EqualTo(
            "projects.csv line 2, column Programm-ID: program 'P-X' does not exist (neither in the database nor in this import)"));
    }

    [Test]
    public void Import_ErrorsOption_WritesAllProblemsAsCsvWithBom()
    {
        File.WriteAllText(Path.Combine(_dir, "participants.csv"), Lines(
            "Projekt-ID;Teilnehmer-ID;Eintritt;Bemerkung",
            "XX;TN-1;31.02.2018;",
            "XX;TN-2;01.01.2018;"));

        var result = Run("import", "participants.csv", "--errors", "fehler.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error[0], Is.EqualTo("warning: participants.csv line 1, column Bemerkung: unknown column, ignored"));
        Assert.That(result.Error[^1], Is.EqualTo("3 problems in 1 file; nothing was imported. All problems are listed in fehler.csv."));
        var bytes = File.ReadAllBytes(Path.Combine(_dir, "fehler.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), Is.EqualTo(
            "file;line;column;problem\r\n"
            + "participants.csv;2;Projekt-ID;project 'XX' does not exist (neither in the database nor in this import)\r\n"
            + "participants.csv;2;Eintritt;'31.02.2018' is not a date (expected 2018-07-31 or 31.07.2018)\r\n"
            + "participants.csv;3;Projekt-ID;project 'XX' does not exist (neither in the database nor in this import)\r\n"));
        Assert.That(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Import_MissingFile_ExitsInvalidInputNamingIt()
    {
        var result = Run("import", "participants", "fehlt.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Is.EqualTo(new[] { "file not found: fehlt.csv" }));
    }

    [Test]
    public void Import_UnknownKindWord_IsAUsageError()
    {
        File.WriteAllText(Path.Combine(_dir, "a.csv"), Lines("Projekt-ID;Teilnehmer-ID;Eintritt"));

        var result = Run("import", "teilnehmer", "a.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Is.EqualTo(new[]
        {
            "unknown record kind 'teilnehmer'; expected one of programs, projects, budget_lines, participants, placements, expenditures, disbursements",
        }));
    }

    [Test]
    public void Import_KindWordWithoutFile_IsAUsageError()
    {
        var result = Run("import", "participants");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Is.EqualTo(new[] { "no file given: fundingreports import [KIND] FILE [FILE...]" }));
    }

    [Test]
    public void Import_ManyProblems_ShowsTheFirst100AndCountsAll()
    {
        var rows = Enumerable.Range(1, 150).Select(i => $"XX;TN-{i};01.01.2018");
        File.WriteAllText(Path.Combine(_dir, "participants.csv"), Lines(["Projekt-ID;Teilnehmer-ID;Eintritt", .. rows]));

        var result = Run("import", "participants.csv");

        Assert.That(result.Error, Has.Length.EqualTo(102));
        Assert.That(result.Error[99], Does.StartWith("participants.csv line 101,"));
        Assert.That(result.Error[100], Is.EqualTo("(only the first 100 problems are shown)"));
        Assert.That(result.Error[101], Is.EqualTo("150 problems in 1 file; nothing was imported."));
    }

    [Test]
    public void Import_DbOption_ChoosesTheDatabaseFile()
    {
        WriteSamples();

        var result = Run("import", "Programme.csv", "--db", "andere.db");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.Exists(Path.Combine(_dir, "andere.db")), Is.True);
        Assert.That(File.Exists(Path.Combine(_dir, "fundingreports.db")), Is.False);
    }

    [Test]
    public void Import_ErrorsOptionOnSuccess_LeavesOnlyTheHeader()
    {
        WriteSamples();
        File.WriteAllText(Path.Combine(_dir, "fehler.csv"), "old problems");

        var result = Run("import", "Programme.csv", "--errors", "fehler.csv");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "fehler.csv"), Encoding.UTF8), Is.EqualTo("file;line;column;problem\r\n"));
    }
}
