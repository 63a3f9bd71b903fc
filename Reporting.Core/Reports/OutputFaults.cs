namespace Reporting.Core.Reports;

/// <summary>Faults of the machine while writing outputs (a folder that cannot be written, a full disk), turned into one
/// plain sentence each (<see cref="ReportErrorKind.Environment"/>).</summary>
internal static class OutputFaults
{
    /// <summary>"cannot write out/quartalsbericht_X_2018-Q1.pdf: the disk is full".</summary>
    public static ReportException CannotWrite(string path, Exception fault) =>
        new(ReportErrorKind.Environment, $"cannot write {path}: {BlockingFile(path) ?? Reason(fault)}; nothing was written");

    /// <summary>"/srv/out is a file, not a folder" when a folder on the way to <paramref name="path"/> is a file.</summary>
    private static string? BlockingFile(string path)
    {
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                return null;
            }
            if (File.Exists(folder))
            {
                return $"{folder} is a file, not a folder";
            }
        }
        return null;
    }

    /// <summary>A move into place failed; the files moved before it were taken back.</summary>
    public static ReportException CannotPublish(Exception fault) =>
        new(ReportErrorKind.Environment, $"cannot move the finished files into place: {Reason(fault)}; the previous files were kept");

    /// <summary>Why the operating system refused, in a few words: "permission denied", "the disk is full", ….</summary>
    public static string Reason(Exception fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault switch
        {
            UnauthorizedAccessException => "permission denied",
            DirectoryNotFoundException => "the folder does not exist",
            PathTooLongException => "the path is too long",
            IOException io => ErrorCode(io) switch
            {
                // Linux/macOS errno values (HResult of an IOException there), then the Windows HRESULTs.
                28 or unchecked((int)0x80070070) or unchecked((int)0x80070027) => "the disk is full",
                27 => "the file is larger than this process may write (file size limit)",
                30 => "the file system is read-only",
                20 => "a part of the path is a file, not a folder",
                21 => "it is a folder",
                122 or 69 => "the disk quota is exceeded",
                13 or 1 => "permission denied",
                5 or unchecked((int)0x8007001D) or unchecked((int)0x8007001E) => "an input/output error occurred on the device",
                _ => FirstSentence(io.Message),
            },
            _ => FirstSentence(fault.Message),
        };
    }

    private static int ErrorCode(IOException e) => e.HResult;

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
