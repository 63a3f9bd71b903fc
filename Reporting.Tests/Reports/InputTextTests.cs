using Reporting.Core.Reports;

namespace Reporting.Tests.Reports;

public class InputTextTests
{
    [Test]
    public void ReadBytes_Folder_EnvironmentFault()
    {
        var e = Assert.Throws<ReportException>(() => InputText.ReadBytes(Path.GetTempPath(), "narrative", 100))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.Environment));
        Assert.That(e.Lines.Single(), Does.EndWith("the narrative is a folder, not a file"));
    }

    [Test]
    public void ReadBytes_DeviceThatNeverEnds_RefusedAfterTheLimit()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");

        var e = Assert.Throws<ReportException>(() => InputText.ReadBytes("/dev/zero", "narrative", InputText.NarrativeLimit))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.Environment));
        Assert.That(e.Lines.Single(), Is.EqualTo("/dev/zero: the narrative is larger than 10 MB (or never ends); give a text file of at most 10 MB"));
    }

    [Test]
    public void ReadBytes_FileOfExactlyTheLimit_ReadWhole()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, new byte[1000]);

        Assert.That(InputText.ReadBytes(path, "template", 1000), Has.Length.EqualTo(1000));
        Assert.That(() => InputText.ReadBytes(path, "template", 999), Throws.TypeOf<ReportException>());
        File.Delete(path);
    }

    [Test]
    public void ReadBytes_Missing_InvalidInput()
    {
        var e = Assert.Throws<ReportException>(() => InputText.ReadBytes("/no/such/file.md", "narrative", 100))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.InvalidInput));
        Assert.That(e.Lines.Single(), Is.EqualTo("/no/such/file.md: narrative file not found"));
    }
}
