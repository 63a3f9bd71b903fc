namespace Reporting.Core.Import;

/// <summary>One CSV record: its fields and the physical line (1-based) where it starts.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>Whether the record holds <see cref="TextDecoder.Undecodable"/>: bytes of a UTF-8 file that are not UTF-8.</summary>
    public bool HasUndecodable { get; init; }
}
