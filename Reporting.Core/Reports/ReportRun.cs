namespace Reporting.Core.Reports;

/// <summary>What a report run made, for the audit trail (docs/audit.md): its run id (carried in every xlsx, pdf and
/// json it wrote), the hash of the records it read, the job as run, the projects it covered, the values of each form and
/// every file with its SHA-256.</summary>
/// <param name="Today">The day the run judged deadlines and resolved relative periods by; <c>verify</c> rebuilds with it.</param>
public sealed record ReportRun(
    string RunId,
    string InputHash,
    ReportJob Job,
    DateOnly Today,
    IReadOnlyList<string> Projects,
    IReadOnlyList<RunInputFile> Inputs,
    IReadOnlyList<RunForm> Forms,
    IReadOnlyList<RunFile> Files);

/// <summary>A built form of a run: the key that names its files and its values packed (<see cref="Audit.FormValues"/>).</summary>
public sealed record RunForm(string Key, byte[] Values);

/// <summary>A file a run wrote: where, as which format, of which form, and the SHA-256 of its bytes.</summary>
public sealed record RunFile(string Path, string Format, string FormKey, string Sha256);

/// <summary>A file a run read besides the records (template, narrative, planned payments) and its SHA-256.</summary>
/// <param name="Role"><c>template</c>, <c>narrative</c> or <c>planned</c>.</param>
public sealed record RunInputFile(string Role, string Path, string Sha256);
