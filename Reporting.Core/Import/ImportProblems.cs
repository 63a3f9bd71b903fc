namespace Reporting.Core.Import;

/// <summary>Collects errors and warnings while files are checked; nothing is thrown per problem.</summary>
public sealed class ImportProblems
{
    private readonly List<ImportProblem> _errors = [];
    private readonly List<ImportProblem> _warnings = [];

    public IReadOnlyList<ImportProblem> Errors => _errors;
    public IReadOnlyList<ImportProblem> Warnings => _warnings;

    public void Error(string file, int line, string? column, string message) =>
        _errors.Add(new ImportProblem(file, line, column, message));

    public void Warning(string file, int line, string? column, string message) =>
        _warnings.Add(new ImportProblem(file, line, column, message));
}
