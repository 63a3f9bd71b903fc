namespace Reporting.Core.Reports;

/// <summary>Two outputs of one run (report or batch) would be written to the same file; raised before any file is moved
/// into place, so nothing of the run is written.</summary>
internal sealed class OutputCollisionException(string path, string first, string second)
    : ReportException(ReportErrorKind.InvalidInput, $"{first} and {second} would both be written to {path}; nothing was written")
{
    public string Path { get; } = path;
    public string First { get; } = first;
    public string Second { get; } = second;
}
