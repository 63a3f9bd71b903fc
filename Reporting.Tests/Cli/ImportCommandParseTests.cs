using Reporting.Cli;
using Reporting.Cli.Commands;
using Reporting.Core.Storage;

namespace Reporting.Tests.Cli;

/// <summary>How <c>import [KIND] FILE...</c> tells a kind word from a file name, without running an import.</summary>
public class ImportCommandParseTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-cli-parse-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private CliContext Context() => new(TextWriter.Null, TextWriter.Null, _dir, _ => null, TimeProvider.System);

    [TestCase("participants", RecordKind.Participants)]
    [TestCase("budget_lines", RecordKind.BudgetLines)]
    [TestCase("Budget-Lines", RecordKind.BudgetLines)]
    [TestCase("Ausgaben", RecordKind.Expenditures)]
    public void SplitKind_LeadingKindWord_NamesTheKindOfAllFiles(string word, RecordKind expected)
    {
        var (kind, files) = ImportCommand.SplitKind([word, "a.csv", "b.csv"], Context());

        Assert.That(kind, Is.EqualTo(expected));
        Assert.That(files, Is.EqualTo(new[] { "a.csv", "b.csv" }));
    }

    [Test]
    public void SplitKind_NoKindWord_AllArgumentsAreFiles()
    {
        var (kind, files) = ImportCommand.SplitKind(["a.csv", "b.csv"], Context());

        Assert.That(kind, Is.Null);
        Assert.That(files, Is.EqualTo(new[] { "a.csv", "b.csv" }));
    }

    [Test]
    public void SplitKind_ExistingFileNamedLikeAKind_IsAFile()
    {
        File.WriteAllText(Path.Combine(_dir, "participants"), "");

        var (kind, files) = ImportCommand.SplitKind(["participants", "b.csv"], Context());

        Assert.That(kind, Is.Null);
        Assert.That(files, Is.EqualTo(new[] { "participants", "b.csv" }));
    }

    [Test]
    public void SplitKind_UnknownWordBeforeFiles_IsAUsageError()
    {
        Assert.That(() => ImportCommand.SplitKind(["teilnehmer", "a.csv"], Context()),
            Throws.TypeOf<CommandException>().With.Property(nameof(CommandException.ExitCode)).EqualTo(ExitCodes.Usage));
    }
}
