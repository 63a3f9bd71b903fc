using Reporting.Core.Reports;

namespace Reporting.Core.Audit;

/// <summary>One entry of the audit trail: an import (<see cref="Kind"/> <c>import</c>) or a report run (<c>report</c>,
/// <c>batch</c>, <c>demo</c>), numbered in the order recorded (<see cref="Seq"/>).</summary>
public sealed record AuditEvent(long Seq, string Kind, DateTimeOffset At, string User, string ToolVersion)
{
    public const string Import = "import";

    /// <summary>An import's run number (<c>import_runs.run_id</c>, the <c>import_run</c> of the records it wrote).</summary>
    public long? ImportRun { get; init; }

    public string? RunId { get; init; }
    public string? Form { get; init; }
    public string? Scope { get; init; }
    public string? Period { get; init; }

    /// <summary>The run's options as JSON (<see cref="RunOptions.ToJson"/>).</summary>
    public string? Options { get; init; }

    /// <summary>The hash of the records the run read (<see cref="RunInputHash"/>).</summary>
    public string? InputHash { get; init; }

    /// <summary>The projects a report run covered, by id.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    public IReadOnlyList<ImportedFile> ImportFiles { get; init; } = [];

    public IReadOnlyList<RunFile> ReportFiles { get; init; } = [];

    public bool IsImport => Kind == Import;

    /// <summary>True when the entry concerns <paramref name="project"/>: a report run that covered it, an import with rows of it.</summary>
    public bool Concerns(string project) => IsImport
        ? ImportFiles.Any(f => f.Projects.Contains(project, StringComparer.Ordinal))
        : Projects.Contains(project, StringComparer.Ordinal);
}
