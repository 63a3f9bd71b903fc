using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The words that name a record kind on the command line, and the order files are validated in.</summary>
public static class ImportKinds
{
    /// <summary>The canonical words, in dependency order.</summary>
    public static readonly IReadOnlyList<string> Words =
        ["programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements"];

    /// <summary>Dependency order: a kind only refers to kinds before it.</summary>
    public static readonly IReadOnlyList<RecordKind> DependencyOrder =
    [
        RecordKind.Programs, RecordKind.Projects, RecordKind.BudgetLines, RecordKind.Participants,
        RecordKind.Placements, RecordKind.Expenditures, RecordKind.Disbursements,
    ];

    private static readonly Dictionary<string, RecordKind> Aliases = new(StringComparer.Ordinal)
    {
        ["programs"] = RecordKind.Programs,
        ["programme"] = RecordKind.Programs,
        ["projects"] = RecordKind.Projects,
        ["projekte"] = RecordKind.Projects,
        ["budgetlines"] = RecordKind.BudgetLines,
        ["finanzierungsplan"] = RecordKind.BudgetLines,
        ["participants"] = RecordKind.Participants,
        ["teilnehmende"] = RecordKind.Participants,
        ["placements"] = RecordKind.Placements,
        ["vermittlungen"] = RecordKind.Placements,
        ["expenditures"] = RecordKind.Expenditures,
        ["ausgaben"] = RecordKind.Expenditures,
        ["disbursements"] = RecordKind.Disbursements,
        ["mittelabrufe"] = RecordKind.Disbursements,
    };

    /// <summary>Parses a kind word (case-insensitive, ignoring <c>_</c>/<c>-</c>): the English plural or the German word.</summary>
    public static RecordKind? TryParse(string word) =>
        Aliases.TryGetValue(ColumnSpec.Normalize(word), out var kind) ? kind : null;

    /// <summary>The canonical word, e.g. <c>budget_lines</c>.</summary>
    public static string Word(this RecordKind kind) => Words[DependencyOrder.ToList().IndexOf(kind)];

    /// <summary><c>1 participant</c>, <c>212 participants</c>.</summary>
    public static string Count(RecordKind kind, int n)
    {
        var plural = Noun(kind);
        return ImportMessages.Count(n, plural[..^1], plural);
    }

    /// <summary>Human-readable plural for summaries, e.g. <c>budget lines</c>.</summary>
    public static string Noun(this RecordKind kind) => Word(kind).Replace('_', ' ');
}
