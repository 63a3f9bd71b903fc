using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

/// <summary>Where the packed values of a run's forms (<see cref="FormValues.Pack"/>) wait until the run is recorded: a
/// temporary file, so that a run over many projects holds the values of one form at a time, not of all (the
/// Verwendungsnachweise of a Land with their Belegliste pack to hundreds of MiB).</summary>
/// <remarks>The file is gone when the spool is disposed, and on a crash too: it is deleted right after it is opened
/// where the system allows that (the open handle keeps it), and deleted on close elsewhere.</remarks>
internal sealed class FormValueSpool : IDisposable
{
    private readonly FileStream _file;

    public FormValueSpool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fundingreports-values-{Guid.NewGuid():N}.tmp");
        try
        {
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fault(e);
        }
    }

    /// <summary>Keeps <paramref name="packed"/> as the values of the form named <paramref name="key"/>.</summary>
    public RunForm Add(string key, byte[] packed)
    {
        try
        {
            var offset = _file.Seek(0, SeekOrigin.End);
            _file.Write(packed);
            return new RunForm(key, this, offset, packed.Length);
        }
        catch (IOException e)
        {
            throw Fault(e);
        }
    }

    /// <summary>The bytes kept at <paramref name="offset"/>.</summary>
    public byte[] Read(long offset, int length)
    {
        ObjectDisposedException.ThrowIf(!_file.CanRead, this);
        var bytes = new byte[length];
        _file.Seek(offset, SeekOrigin.Begin);
        _file.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose() => _file.Dispose();

    private static ReportException Fault(Exception e) => new(ReportErrorKind.Environment,
        $"the values of the forms cannot be kept for the audit trail in the temporary folder {Path.GetTempPath()}: {e.Message}");
}
