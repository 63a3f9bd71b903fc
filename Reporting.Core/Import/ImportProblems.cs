namespace Reporting.Core.Import;

/// <summary>Collects errors and warnings while files are checked; nothing is thrown per problem. At most
/// <see cref="MaxKept"/> of each are kept; the rest are only counted.</summary>
internal sealed class ImportProblems
{
    /// <summary>How many errors (and, separately, warnings) are kept.</summary>
    public const int MaxKept = 10_000;

    private readonly List<ImportProblem> _errors = [];
    private readonly List<ImportProblem> _warnings = [];

    public IReadOnlyList<ImportProblem> Errors => _errors;
    public IReadOnlyList<ImportProblem> Warnings => _warnings;

    /// <summary>Every error found, kept or not.</summary>
    public int ErrorCount { get; private set; }

    public void Error(string file, int line, string? column, string message)
    {
        ErrorCount++;
        if (_errors.Count < MaxKept)
        {
            _errors.Add(new ImportProblem(file, line, column, message));
        }
    }

    public void Warning(string file, int line, string? column, string message)
    {
        if (_warnings.Count < MaxKept)
        {
            _warnings.Add(new ImportProblem(file, line, column, message));
        }
    }
}
