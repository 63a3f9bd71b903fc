using Reporting.Core.Reports;

namespace Reporting.Tests.Reports;

public class FileIdentityTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-identity-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Same_ALinkAndTheFileItPointsTo_AreTheSameFile()
    {
        var file = Path.Combine(_dir, "data.db");
        File.WriteAllText(file, "");
        var link = Path.Combine(_dir, "link.db");
        File.CreateSymbolicLink(link, file);

        Assert.That(FileIdentity.Same(link, file), Is.True);
    }

    [Test]
    public void Same_AFileThroughALinkedFolder_IsTheFileInTheFolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "real")).FullName;
        var linked = Path.Combine(_dir, "linked");
        Directory.CreateSymbolicLink(linked, folder);

        Assert.That(FileIdentity.Same(Path.Combine(linked, "missing.csv"), Path.Combine(folder, "missing.csv")), Is.True);
    }

    [Test]
    public void Same_TwoFilesOfOneFolder_AreNot()
    {
        Assert.That(FileIdentity.Same(Path.Combine(_dir, "a.csv"), Path.Combine(_dir, "b.csv")), Is.False);
    }
}
