using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Core.Import;

/// <summary>Every user-facing text of the import, in one place, so wording stays consistent and tests can refer to it.</summary>
/// <remarks>Messages quote single cells at most, never whole rows (a row is personal data).</remarks>
public static class ImportMessages
{
    // File level
    public const string EmptyFile = "the file is empty; expected a header line";
    public const string NoDataRows = "the file has a header but no data rows";
    public static string UnknownKind(string header) =>
        $"cannot tell which kind of records this file holds from its header ({header}); name the kind on the command line, e.g. 'import participants FILE'";
    public const string UnterminatedQuote = "a quoted cell opened here is never closed (missing '\"')";
    public static string MissingColumn(ColumnSpec column) =>
        $"required column {column.English} ({column.German}) is missing";
    public const string UnknownColumn = "unknown column, ignored";
    public static string LooksLikeColumn(string header, string name, string other) =>
        $"column '{Cell(header)}' looks like '{name}' ({other}); fix the header";
    public static string LineTooLong => $"the line is longer than {(CsvFile.MaxLineChars / (1 << 20)).ToString(CultureInfo.InvariantCulture)} MB; the rest of the file is not read";
    public const string NotUtf8 = "the line has bytes that are not valid UTF-8, but the file was read as UTF-8 (it starts with a BOM or with valid UTF-8); save the whole file in one encoding";
    public static string NewRecordNeedsColumns(string key, IEnumerable<ColumnSpec> missing) =>
        $"{key} is not in the database, and a new record needs the column(s) {string.Join(", ", missing.Select(c => $"{c.English} ({c.German})"))}";
    public static string RecordsOutsideRuntime(string project, DateRange runtime, Storage.Outside outside) =>
        $"the runtime {Iso(runtime.Start)} to {Iso(runtime.End)} of project '{Id(project)}' leaves {outside.Count.ToString(CultureInfo.InvariantCulture)} stored record(s) outside it: "
        + string.Join(", ", outside.FirstKeys.Select(Id)) + (outside.Count > outside.FirstKeys.Count ? ", …" : "");
    public static string EntryAfterPlacement(DateOnly entry, DateOnly placement) =>
        $"the entry date {Iso(entry)} is after the participant's stored placement on {Iso(placement)}";
    public static string DuplicateColumn(string other) => $"the same column as '{Cell(other)}'";
    public static string TooManyFields(int fields, int headerFields) =>
        $"the row has {fields} cells but the header has {headerFields}";
    public static string FileNotFound(string name) => $"file not found: {name}";
    public static string UnknownKindWord(string word) =>
        $"unknown record kind '{word}'; expected one of {string.Join(", ", ImportKinds.Words)}";

    // Cells
    public const string Required = "a value is required";
    public static string NotADate(string text) => $"'{Cell(text)}' is not a date (expected 2018-07-31 or 31.07.2018)";
    public static string NotANumber(string text) => $"'{Cell(text)}' is not a number";
    public static string NotAWholeNumber(string text) => $"'{Cell(text)}' is not a whole number";
    public static string TooManyDecimals(string text) => $"'{Cell(text)}' has more than two decimals (amounts are never rounded)";
    public static string NotABoolean(string text) => $"'{Cell(text)}' is not yes/no (expected ja/nein, yes/no, true/false, j/n, 1/0 or x)";
    public static string NotAnExitReason(string text) =>
        $"'{Cell(text)}' is not an exit reason (expected placement, training, dropout, other or Vermittlung, Qualifizierung, Abbruch, Sonstiges)";
    public static string NotAGender(string text) => $"'{Cell(text)}' is not a gender (expected f, m, d, x or w)";
    public static string NotAPlacementKind(string text) =>
        $"'{Cell(text)}' is not a placement kind (expected employment, apprenticeship, self_employment, subsidised, other or svB, Ausbildung, Selbständigkeit, geförderte Beschäftigung, Sonstige)";
    public static string DateOutOfRange(string text) => $"'{Cell(text)}' is outside the dates accepted (1990-01-01 to 2100-12-31)";
    public static string AmountOutOfRange(string text) => $"'{Cell(text)}' is outside the amounts accepted (at most 1.000.000.000,00 € either way)";
    public static string MustNotBeNegative(string text) => $"'{Cell(text)}' must not be negative";

    // Keys and references
    public static string DuplicateKey(string key, string where) => $"{key} appears twice; also on {where}";
    public static string UnknownProgram(string id) => $"program '{Id(id)}' does not exist (neither in the database nor in this import)";
    public static string UnknownProject(string id) => $"project '{Id(id)}' does not exist (neither in the database nor in this import)";
    public static string UnknownParticipant(string participant, string project) =>
        $"participant '{Id(participant)}' does not exist in project '{Id(project)}'";
    public static string UnknownCostCategory(string category, string project) =>
        $"cost category '{Id(category)}' is not a budget line of project '{Id(project)}'";
    public static string ReferenceHasProblems(string key, string file, int line) =>
        $"{key} is not imported because its own row has problems ({Where(file, line, sameFile: false)})";

    // Plausibility
    public static string EndBeforeStart(string end, DateOnly start) => $"'{Cell(end)}' is before the start date {Iso(start)}";
    public static string ExitBeforeEntry(string exit, DateOnly entry) => $"'{Cell(exit)}' is before the entry date {Iso(entry)}";
    public static string PlacementBeforeEntry(string date, DateOnly entry) =>
        $"'{Cell(date)}' is before the participant's entry date {Iso(entry)}";
    public static string EntryOutsideRuntime(string date, string project, DateRange runtime) =>
        $"'{Cell(date)}' is outside the runtime of project '{Id(project)}' ({Iso(runtime.Start)} to {Iso(runtime.End)})";
    public static string PaymentAfterEnd(string date, string project, DateOnly end) =>
        $"'{Cell(date)}' is after the end of project '{Id(project)}' ({Iso(end)})";
    public static string PaymentBeforeStart(string date, string project, DateOnly start) =>
        $"'{Cell(date)}' is before the start of project '{Id(project)}' ({Iso(start)})";
    public static string BirthYearOutOfRange(string text, int latest) =>
        $"'{Cell(text)}' is not plausible (expected 1930 to {latest.ToString(CultureInfo.InvariantCulture)}, the entry year minus 14)";
    public const string ExitReasonWithoutExitDate = "an exit reason needs an exit date";

    // Keys (used in duplicate messages)
    public static string ProgramKey(string id) => $"program '{Id(id)}'";
    public static string ProjectKey(string id) => $"project '{Id(id)}'";
    public static string BudgetLineKey(string project, string category) => $"cost category '{Id(category)}' of project '{Id(project)}'";

    public static string BudgetLineKey(string project, string category, int? year) => year is { } y
        ? $"cost category '{Id(category)}' of project '{Id(project)}' for budget year {y.ToString(CultureInfo.InvariantCulture)}"
        : BudgetLineKey(project, category);

    public static string BudgetYearOutsideRuntime(int year, string project, int first, int last) =>
        $"budget year {year.ToString(CultureInfo.InvariantCulture)} lies outside the runtime of project '{Id(project)}' "
        + $"({first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)})";

    public static string BudgetYearsMixed(string project, bool thisHasYear, string where) =>
        $"the budget lines of project '{Id(project)}' are either all with a budget year or all without one; " +
        (thisHasYear ? "this line has one, " : "this line has none, ") + $"the line on {where} " + (thisHasYear ? "has none" : "has one");

    public static string RuntimeLineOnYearlyPlan(string project) =>
        $"project '{Id(project)}' has a financing plan by budget year in the database; give this line a budget year";

    public static string BudgetYearsDoNotAddUp(string category, string project, string years, string runtime) =>
        $"the budget years of cost category '{Id(category)}' of project '{Id(project)}' add up to {years}, " +
        $"but its approved amount for the runtime is {runtime}";

    public static string CategoryWithoutBudgetYears(string category, string project, string runtime) =>
        $"cost category '{Id(category)}' of project '{Id(project)}' (approved for the runtime: {runtime}) has no budget years " +
        "in this import; a plan by budget year replaces the plan for the runtime as a whole";
    public static string ParticipantKey(string project, string participant) => $"participant '{Id(participant)}' of project '{Id(project)}'";
    public static string PlacementKey(string project, string participant, DateOnly date, PlacementKind kind) =>
        $"the {kind.Code()} placement of participant '{Id(participant)}' of project '{Id(project)}' on {Iso(date)}";
    public static string VoucherKey(string project, string voucher) => $"voucher '{Id(voucher)}' of project '{Id(project)}'";
    public static string RequestKey(string project, string request) => $"request '{Id(request)}' of project '{Id(project)}'";
    public static string Where(string file, int line, bool sameFile) =>
        sameFile ? $"line {line.ToString(CultureInfo.InvariantCulture)}" : $"{file} line {line.ToString(CultureInfo.InvariantCulture)}";

    // Command summaries
    public static string Count(int n, string singular, string plural) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? singular : plural)}";
    public static string Imported(string file, int rows, Storage.RecordKind kind) => $"{file}: {ImportKinds.Count(kind, rows)} imported";
    public static string Imported(ImportFileSummary file, bool dryRun) =>
        $"{file.Name}: {ImportKinds.Count(file.Kind!.Value, file.Rows)} {(dryRun ? "would be imported" : "imported")} "
        + $"({file.Added.ToString(CultureInfo.InvariantCulture)} added, {file.Changed.ToString(CultureInfo.InvariantCulture)} changed, "
        + $"{file.Unchanged.ToString(CultureInfo.InvariantCulture)} unchanged)";
    public static string WouldImport(string file, int rows, Storage.RecordKind kind) =>
        $"{file}: {ImportKinds.Count(kind, rows)} would be imported";
    public const string DryRunNothingStored = "dry run: nothing was stored.";
    /// <summary>The closing line of a refused import: how many problems in how many of its files.</summary>
    public static string Failed(ImportOutcome outcome, string? errorFile)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var files = outcome.Problems.Select(p => p.File).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Count();
        return Failed(outcome.ProblemCount, files, errorFile);
    }

    public static string Failed(int problems, int files, string? errorFile) =>
        $"{Count(problems, "problem", "problems")} in {Count(files, "file", "files")}; nothing was imported."
        + (errorFile is null ? "" : $" All problems are listed in {errorFile}.");
    public static string MoreProblems(int shown) => $"(only the first {shown.ToString(CultureInfo.InvariantCulture)} problems are shown)";
    public const string NoFileGiven = "no file given: fundingreports import [KIND] FILE [FILE...]";

    /// <summary>Longest cell text quoted in a message; longer text is cut with an ellipsis.</summary>
    public const int MaxQuotedLength = 60;

    /// <summary>A cell as quoted in a message: line breaks and tabs made visible (one problem stays one line), cut when long.</summary>
    public static string Cell(string text)
    {
        var visible = Id(text);
        return visible.Length <= MaxQuotedLength ? visible : visible[..MaxQuotedLength] + "…";
    }

    /// <summary>A key as quoted in a message: line breaks and tabs made visible, never cut (keys must stay distinct).</summary>
    public static string Id(string text) => text
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal);

    private static string Iso(DateOnly d) => GermanFormat.IsoDate(d);
}
