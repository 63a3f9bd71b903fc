using Reporting.Core.Reports;

namespace Reporting.Tests.Reports;

public class OutputStageTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-stage-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static Action<Stream> Bytes(string text) => s => s.Write(System.Text.Encoding.UTF8.GetBytes(text));

    private string[] Names() => Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Test]
    public void Commit_ThreeFiles_AllInPlaceAndNoTemporaryFile()
    {
        using (var stage = new OutputStage())
        {
            stage.Write(P("a.pdf"), "a", Bytes("A"));
            stage.Write(P("a.xlsx"), "a", Bytes("X"));
            stage.Write(P("a.json"), "a", Bytes("J"));

            Assert.That(Names().All(n => n.StartsWith('.') && n.EndsWith(".tmp", StringComparison.Ordinal)), Is.True, "before the commit only temporary files");
            Assert.That(stage.Commit(), Is.EqualTo(new[] { P("a.pdf"), P("a.xlsx"), P("a.json") }));
        }

        Assert.That(Names(), Is.EqualTo(new[] { "a.json", "a.pdf", "a.xlsx" }));
        Assert.That(File.ReadAllText(P("a.xlsx")), Is.EqualTo("X"));
    }

    [Test]
    public void Write_SecondFileFailsAfterTheFirstWasRendered_NothingWrittenAndThePreviousFileKept()
    {
        File.WriteAllText(P("a.pdf"), "old");

        Assert.That(() =>
        {
            using var stage = new OutputStage();
            stage.Write(P("a.pdf"), "a", Bytes("new"));
            stage.Write(P("a.xlsx"), "a", s =>
            {
                s.Write(new byte[1000]);
                throw new InvalidOperationException("renderer failed");
            });
            stage.Commit();
        }, Throws.InvalidOperationException);

        Assert.That(Names(), Is.EqualTo(new[] { "a.pdf" }));
        Assert.That(File.ReadAllText(P("a.pdf")), Is.EqualTo("old"));
    }

    [Test]
    public void Commit_OneMoveFails_FilesMovedBeforeAreTakenBackAndPreviousOnesRestored()
    {
        File.WriteAllText(P("a.pdf"), "old pdf");
        Directory.CreateDirectory(P("a.xlsx"));
        using var stage = new OutputStage();
        stage.Write(P("a.pdf"), "a", Bytes("new pdf"));
        stage.Write(P("a.xlsx"), "a", Bytes("new xlsx"));

        var e = Assert.Throws<ReportException>(() => stage.Commit())!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.Environment));
        Assert.That(e.Lines.Single(), Does.StartWith("cannot move the finished files into place: ").And.EndWith("the previous files were kept"));
        Assert.That(Names(), Is.EqualTo(new[] { "a.pdf", "a.xlsx" }));
        Assert.That(File.ReadAllText(P("a.pdf")), Is.EqualTo("old pdf"));
        Assert.That(Directory.Exists(P("a.xlsx")), Is.True);
    }

    [Test]
    public void Write_SamePathTwice_CollisionNamingBothBeforeTheSecondIsRendered()
    {
        using var stage = new OutputStage();
        stage.Write(P("x.csv"), "project A B", Bytes("1"));
        var rendered = false;

        var e = Assert.Throws<OutputCollisionException>(() => stage.Write(P("x.csv"), "project A/B", _ => rendered = true))!;

        Assert.That(e.Message, Is.EqualTo($"project A B and project A/B would both be written to {P("x.csv")}; nothing was written"));
        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.InvalidInput));
        Assert.That(rendered, Is.False);
    }

    [Test]
    public void Reserve_PathOfAnUnchangedJob_AnotherOutputMayNotTakeIt()
    {
        using var stage = new OutputStage();
        stage.Reserve(P("x.csv"), "jobs[0]");

        Assert.That(() => stage.Write(P("x.csv"), "jobs[1]", Bytes("1")), Throws.TypeOf<OutputCollisionException>());
    }

    [Test]
    public void Dispose_WithoutCommit_DeletesEveryTemporaryFile()
    {
        using (var stage = new OutputStage())
        {
            stage.Write(P("a.pdf"), "a", Bytes("A"));
            stage.Write(P("b.pdf"), "b", Bytes("B"));
        }

        Assert.That(Names(), Is.Empty);
    }

    [Test]
    public void DiscardFrom_AFailedJob_OnlyItsFilesGoAndItsPathsAreFree()
    {
        using var stage = new OutputStage();
        stage.Write(P("job1.csv"), "jobs[0]", Bytes("1"));
        var mark = stage.Count;
        stage.Write(P("job2.csv"), "jobs[1]", Bytes("2"));

        stage.DiscardFrom(mark);
        stage.Write(P("job2.csv"), "jobs[2]", Bytes("3"));
        stage.Commit();

        Assert.That(Names(), Is.EqualTo(new[] { "job1.csv", "job2.csv" }));
        Assert.That(File.ReadAllText(P("job2.csv")), Is.EqualTo("3"));
    }

    [Test]
    public void Write_Cancelled_StopsAtTheNextWriteAndLeavesNothing()
    {
        using var cancel = new CancellationTokenSource();
        using var stage = new OutputStage(cancel.Token);

        Assert.That(() => stage.Write(P("a.xlsx"), "a", s =>
        {
            s.Write(new byte[10]);
            cancel.Cancel();
            s.Write(new byte[10]);
            Assert.Fail("the write after the cancellation must not return");
        }), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(Names(), Is.Empty);
    }

    [Test]
    public void Write_CancelledWhileNativeCodeWrites_NoWriteThrowsAndTheStageThrowsAfterwards()
    {
        using var cancel = new CancellationTokenSource();
        using var stage = new OutputStage(cancel.Token);
        var returned = false;

        Assert.That(() => stage.Write(P("a.pdf"), "a", s =>
        {
            s.Write(new byte[10]);
            cancel.Cancel();
            s.Write(new byte[10]);
            returned = true;
        }, fromNativeCode: true), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(returned, Is.True);
        Assert.That(Names(), Is.Empty);
    }

    [Test]
    public void Write_FolderIsAFile_EnvironmentFaultInOneSentence()
    {
        File.WriteAllText(P("out"), "a file, not a folder");

        var e = Assert.Throws<ReportException>(() => AtomicFile.Write(Path.Combine(P("out"), "x.csv"), Bytes("1")))!;

        Assert.That(e.Kind, Is.EqualTo(ReportErrorKind.Environment));
        Assert.That(e.Lines.Single(), Does.StartWith($"cannot write {Path.Combine(P("out"), "x.csv")}: ").And.EndWith("; nothing was written"));
    }

    [TestCase(28, "the disk is full", TestName = "Reason_NoSpaceLeft_DiskFull")]
    [TestCase(27, "the file is larger than this process may write (file size limit)", TestName = "Reason_FileTooLarge_SizeLimit")]
    [TestCase(30, "the file system is read-only", TestName = "Reason_ReadOnlyFileSystem")]
    [TestCase(122, "the disk quota is exceeded", TestName = "Reason_QuotaExceeded")]
    public void Reason_ErrorNumberOfAnIOException_PlainWords(int errno, string expected)
    {
        Assert.That(OutputFaults.Reason(new IOException("raw message", errno)), Is.EqualTo(expected));
    }

    [Test]
    public void Reason_AccessDenied_PermissionDenied()
    {
        Assert.That(OutputFaults.Reason(new UnauthorizedAccessException("Access to the path '/x' is denied.")), Is.EqualTo("permission denied"));
    }
}
