namespace Reporting.Core.Import;

/// <summary>One CSV record: its fields and the physical line (1-based) where it starts.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
