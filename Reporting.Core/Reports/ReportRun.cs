namespace Reporting.Core.Reports;

/// <summary>What a report run made, for the audit trail (docs/audit.md): its run id (carried in every xlsx, pdf and
/// json it wrote), the hash of the records it read, the job as run, the projects it covered, the values of each form and
/// every file with its SHA-256. Disposing it lets go of the forms' values (kept in a temporary file until then).</summary>
/// <param name="Today">The day the run judged deadlines and resolved relative periods by; <c>verify</c> rebuilds with it.</param>
public sealed record ReportRun(
    string RunId,
    string InputHash,
    ReportJob Job,
    DateOnly Today,
    IReadOnlyList<string> Projects,
    IReadOnlyList<RunInputFile> Inputs,
    IReadOnlyList<RunForm> Forms,
    IReadOnlyList<RunFile> Files) : IDisposable
{
    /// <summary>Where <see cref="Forms"/> keep their values (none for a run that is not recorded).</summary>
    internal Audit.FormValueSpool? Spool { get; init; }

    public void Dispose() => Spool?.Dispose();
}

/// <summary>A built form of a run: the key that names its files and its values packed (<see cref="Audit.FormValues"/>),
/// read back from the run's temporary file when asked for (until the run is disposed).</summary>
public sealed class RunForm
{
    private readonly Audit.FormValueSpool _spool;
    private readonly long _offset;
    private readonly int _length;

    internal RunForm(string key, Audit.FormValueSpool spool, long offset, int length)
    {
        Key = key;
        _spool = spool;
        _offset = offset;
        _length = length;
    }

    public string Key { get; }

    /// <summary>The packed values (<see cref="Audit.FormValues.Unpack"/>).</summary>
    public byte[] Values => _spool.Read(_offset, _length);
}

/// <summary>A file a run wrote: where, as which format, of which form, and the SHA-256 of its bytes.</summary>
public sealed record RunFile(string Path, string Format, string FormKey, string Sha256);

/// <summary>A file a run read besides the records (template, narrative, planned payments) and its SHA-256.</summary>
/// <param name="Role"><c>template</c>, <c>narrative</c> or <c>planned</c>.</param>
public sealed record RunInputFile(string Role, string Path, string Sha256);
