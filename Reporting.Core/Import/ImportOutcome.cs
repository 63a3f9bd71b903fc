using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>What one file held: its kind (null when it could not be recognised), its number of data rows and what
/// the import did with them.</summary>
public sealed record ImportFileSummary(string Name, RecordKind? Kind, int Rows)
{
    /// <summary>Rows whose key was new.</summary>
    public int Added { get; init; }

    /// <summary>Rows that changed a stored record.</summary>
    public int Changed { get; init; }

    /// <summary>Rows equal to the stored record.</summary>
    public int Unchanged { get; init; }
}

/// <summary>The result of checking a set of import files.</summary>
/// <param name="Files">One summary per file, in the order given.</param>
/// <param name="Batch">All records of all files when checked against records in memory
/// (<see cref="CsvImporter.Validate"/>); empty for a streaming import and when there are problems.</param>
/// <param name="Problems">Errors, by file (in the order given) and line; at most <see cref="ImportProblems.MaxKept"/>.
/// Any error means nothing may be stored.</param>
/// <param name="Warnings">Things worth telling that do not stop the import (unknown columns, payments before the project start).</param>
public sealed record ImportOutcome(
    IReadOnlyList<ImportFileSummary> Files,
    ImportBatch Batch,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ImportProblem> Warnings)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Every error found, including those beyond <see cref="Problems"/>.</summary>
    public int ProblemCount { get; init; } = Problems.Count;

    /// <summary>Per file (in the order given): the projects its stored rows belong to, by id (none for programs); kept
    /// in the audit trail.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FileProjects { get; init; } = [];
}
