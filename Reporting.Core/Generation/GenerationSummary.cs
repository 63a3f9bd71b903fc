using Reporting.Core.Storage;

namespace Reporting.Core.Generation;

/// <summary>What one generator run wrote.</summary>
/// <param name="Files">Each file's path and its data rows (without the header), in import order.</param>
/// <param name="LargestProject">The id of the project with the most vouchers among those written (the first on a tie).</param>
public sealed record GenerationSummary(IReadOnlyList<GeneratedFile> Files, string LargestProject)
{
    /// <summary>Data rows over all files.</summary>
    public long Rows => Files.Sum(f => f.Rows);

    /// <summary>Data rows of one kind.</summary>
    public long RowsOf(RecordKind kind) => Files.Single(f => f.Kind == kind).Rows;
}

/// <summary>One written file.</summary>
public sealed record GeneratedFile(RecordKind Kind, string Path, long Rows);
