namespace Reporting.Core.Reports;

/// <summary>Writes a file so that it is either complete or absent: content goes to a temporary file in the same
/// folder, which replaces the target only after it was written and flushed.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteAllText(string path, string text, System.Text.Encoding encoding) =>
        Write(path, s =>
        {
            using var writer = new StreamWriter(s, encoding, leaveOpen: true);
            writer.Write(text);
        });
}
