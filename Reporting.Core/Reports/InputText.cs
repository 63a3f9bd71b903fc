namespace Reporting.Core.Reports;

/// <summary>Reads the small input files of a run (Sachbericht, template, batch manifest) with a bounded reader: a folder,
/// a device such as <c>/dev/zero</c> or a file that never ends is refused with one sentence instead of being read until
/// memory runs out (<see cref="ReportErrorKind.Environment"/>).</summary>
internal static class InputText
{
    /// <summary>10 MB: far more than any Sachbericht, template or manifest.</summary>
    public const int NarrativeLimit = 10 * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="limit"/> of them.</summary>
    /// <param name="what">What the file is, for the message: <c>narrative</c>, <c>template</c>, <c>manifest</c>.</param>
    /// <exception cref="ReportException">Missing (<see cref="ReportErrorKind.InvalidInput"/>); a folder, unreadable or
    /// longer than the limit (<see cref="ReportErrorKind.Environment"/>).</exception>
    public static byte[] ReadBytes(string path, string what, int limit)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ReportException(ReportErrorKind.Environment, $"{path}: the {what} is a folder, not a file");
        }
        if (!File.Exists(path))
        {
            throw new ReportException(ReportErrorKind.InvalidInput, $"{path}: {what} file not found");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[64 * 1024];
            using var content = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1L - content.Length))) > 0)
            {
                content.Write(buffer, 0, read);
                if (content.Length > limit)
                {
                    throw new ReportException(ReportErrorKind.Environment,
                        $"{path}: the {what} is larger than {limit / (1024 * 1024)} MB (or never ends); give a text file of at most {limit / (1024 * 1024)} MB");
                }
            }
            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException(ReportErrorKind.Environment, $"cannot read the {what} {path}: {OutputFaults.Reason(e)}");
        }
    }
}
