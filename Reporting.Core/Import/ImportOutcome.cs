using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>What one file held: its kind (null when it could not be recognised) and its number of data rows.</summary>
public sealed record ImportFileSummary(string Name, RecordKind? Kind, int Rows);

/// <summary>The result of checking a set of import files.</summary>
/// <param name="Files">One summary per file, in the order given.</param>
/// <param name="Batch">All records of all files, ready for <see cref="IReportingStore.Save"/>; empty when there are problems.</param>
/// <param name="Problems">Errors, by file (in the order given) and line. Any error means nothing may be stored.</param>
/// <param name="Warnings">Things worth telling that do not stop the import (unknown columns, payments before the project start).</param>
public sealed record ImportOutcome(
    IReadOnlyList<ImportFileSummary> Files,
    ImportBatch Batch,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ImportProblem> Warnings)
{
    public bool Succeeded => Problems.Count == 0;
}
