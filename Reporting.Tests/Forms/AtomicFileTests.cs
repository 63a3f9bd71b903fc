using Reporting.Core.Reports;

namespace Reporting.Tests.Forms;

public class AtomicFileTests
{
    [Test]
    public void Write_FailsHalfway_LeavesNeitherTargetNorTemporaryFile()
    {
        var dir = Directory.CreateTempSubdirectory("fr-atomic-").FullName;
        var path = Path.Combine(dir, "bericht.xlsx");

        Assert.That(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[1000]);
            throw new IOException("disk full");
        }), Throws.TypeOf<IOException>());

        Assert.That(Directory.GetFiles(dir), Is.Empty);
        Directory.Delete(dir, true);
    }

    [Test]
    public void Write_FailsHalfway_KeepsThePreviousFileIntact()
    {
        var dir = Directory.CreateTempSubdirectory("fr-atomic-").FullName;
        var path = Path.Combine(dir, "bericht.csv");
        File.WriteAllText(path, "alt");

        Assert.That(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("render failed")), Throws.InvalidOperationException);

        Assert.That(File.ReadAllText(path), Is.EqualTo("alt"));
        Assert.That(Directory.GetFiles(dir), Has.Length.EqualTo(1));
        Directory.Delete(dir, true);
    }
}
