namespace Reporting.Core.Reports;

/// <summary>Writes a file so that it is either complete or absent: content goes to a temporary file in the same
/// folder, which replaces the target only after it was written and flushed (a one-file <see cref="OutputStage"/>).</summary>
public static class AtomicFile
{
    /// <exception cref="ReportException">The folder or the disk refused the file (<see cref="ReportErrorKind.Environment"/>).</exception>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellation = default)
    {
        using var stage = new OutputStage(cancellation);
        stage.Write(path, path, write);
        stage.Commit();
    }

    public static void WriteAllText(string path, string text, System.Text.Encoding encoding) =>
        Write(path, s =>
        {
            using var writer = new StreamWriter(s, encoding, leaveOpen: true);
            writer.Write(text);
        });
}
