using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>
/// Checks CSV import files (docs/import.md) against each other and the database, and turns them into one
/// <see cref="ImportBatch"/>. Every problem of every file is collected; the batch is only returned when there are none.
/// </summary>
/// <remarks>
/// Files are checked in dependency order (programs, projects, budget lines, participants, placements, expenditures,
/// disbursements) whatever order they are given in, so a participants file may refer to a project of a projects file
/// of the same import. Pure: no I/O, no clock.
/// </remarks>
public static partial class CsvImporter
{
    private sealed record Prepared(ImportFile File, CsvText Csv, RecordKind? Kind);

    private sealed class Collected
    {
        public List<FundingProgram> Programs { get; } = [];
        public List<Project> Projects { get; } = [];
        public List<BudgetLine> BudgetLines { get; } = [];
        public List<Participant> Participants { get; } = [];
        public List<Placement> Placements { get; } = [];
        public List<Expenditure> Expenditures { get; } = [];
        public List<Disbursement> Disbursements { get; } = [];

        public ImportBatch ToBatch() =>
            new(Programs, Projects, BudgetLines, Participants, Placements, Expenditures, Disbursements);
    }

    /// <summary>Checks <paramref name="files"/> whole against <paramref name="existing"/> (the database's records).</summary>
    public static ImportOutcome Validate(IReadOnlyList<ImportFile> files, DataSet existing)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(existing);
        var problems = new ImportProblems();
        var context = ImportContext.From(existing);
        var collected = new Collected();
        var prepared = files.Select(f => Prepare(f, problems)).ToList();

        foreach (var kind in ImportKinds.DependencyOrder)
        {
            foreach (var file in prepared.Where(p => p.Kind == kind))
            {
                ReadFile(file, kind, context, problems, collected);
            }
        }

        var summaries = prepared.Select(p => new ImportFileSummary(p.File.Name, p.Kind, p.Csv.Records.Count)).ToList();
        var order = files.Select((f, i) => (f.Name, i)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i);
        IReadOnlyList<ImportProblem> Sorted(IEnumerable<ImportProblem> list) =>
            list.OrderBy(p => order.GetValueOrDefault(p.File)).ThenBy(p => p.Line).ToList();
        var errors = Sorted(problems.Errors);
        return new ImportOutcome(
            summaries,
            errors.Count == 0 ? collected.ToBatch() : ImportBatch.Empty,
            errors,
            Sorted(problems.Warnings));
    }

    private static Prepared Prepare(ImportFile file, ImportProblems problems)
    {
        var (text, _) = TextDecoder.Decode(file.Content);
        var csv = CsvText.Parse(text);
        if (csv.Header.Fields.All(string.IsNullOrWhiteSpace))
        {
            problems.Error(file.Name, 1, null, ImportMessages.EmptyFile);
            return new Prepared(file, csv, null);
        }
        if (csv.UnterminatedQuoteLine is { } openLine)
        {
            problems.Error(file.Name, openLine, null, ImportMessages.UnterminatedQuote);
        }
        var kind = file.Kind ?? ImportSchema.Recognise(csv.Header.Fields);
        if (kind is null)
        {
            var header = string.Join(csv.Delimiter, csv.Header.Fields.Select(f => f.Trim()));
            problems.Error(file.Name, csv.Header.Line, null, ImportMessages.UnknownKind(header));
        }
        else if (csv.Records.Count == 0)
        {
            problems.Warning(file.Name, csv.Header.Line, null, ImportMessages.NoDataRows);
        }
        return new Prepared(file, csv, kind);
    }

    private static void ReadFile(Prepared file, RecordKind kind, ImportContext context, ImportProblems problems, Collected into)
    {
        var name = file.File.Name;
        var header = HeaderMap.Bind(file.Csv.Header, ImportSchema.Columns(kind), name, problems);
        if (!header.IsComplete)
        {
            return;
        }
        foreach (var record in file.Csv.Records)
        {
            var row = new RowCells(name, record, header, file.Csv.Delimiter, problems);
            if (record.Fields.Count > header.Width && record.Fields.Skip(header.Width).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                row.Error(null, ImportMessages.TooManyFields(record.Fields.Count, header.Width));
                row.Commit();
                continue;
            }
            switch (kind)
            {
                case RecordKind.Programs:
                    Keep(ReadProgram(row, context), row, into.Programs, context.Add);
                    break;
                case RecordKind.Projects:
                    Keep(ReadProject(row, context), row, into.Projects, context.Add);
                    break;
                case RecordKind.BudgetLines:
                    Keep(ReadBudgetLine(row, context), row, into.BudgetLines, context.Add);
                    break;
                case RecordKind.Participants:
                    Keep(ReadParticipant(row, context), row, into.Participants, context.Add);
                    break;
                case RecordKind.Placements:
                    Keep(ReadPlacement(row, context), row, into.Placements, _ => { });
                    break;
                case RecordKind.Expenditures:
                    Keep(ReadExpenditure(row, context), row, into.Expenditures, _ => { });
                    break;
                case RecordKind.Disbursements:
                    Keep(ReadDisbursement(row, context), row, into.Disbursements, _ => { });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind));
            }
            row.Commit();
        }
    }

    private static void Keep<T>(T? record, RowCells row, List<T> into, Action<T> remember)
        where T : class
    {
        if (record is not null && !row.HasErrors)
        {
            into.Add(record);
            remember(record);
        }
    }

    /// <summary>Reports a key seen before in this import (same or another file); true when it is new.</summary>
    private static bool IsNewKey(RowCells row, ImportContext context, RecordKind kind, string key, ColumnSpec column)
    {
        var before = context.SeenBefore(kind, key, row.File, row.Line);
        if (before is { } b)
        {
            row.Error(column, ImportMessages.DuplicateKey(key, ImportMessages.Where(b.File, b.Line, b.File == row.File)));
            return false;
        }
        return true;
    }

    /// <summary>The project of a row, or null after reporting that it does not exist.</summary>
    private static Project? KnownProject(RowCells row, ImportContext context, string? projectId)
    {
        if (projectId is null)
        {
            return null;
        }
        var project = context.Project(new ProjectId(projectId));
        if (project is null)
        {
            ReferenceError(row, context, ImportSchema.ProjectId, RecordKind.Projects, ImportMessages.ProjectKey(projectId),
                ImportMessages.UnknownProject(projectId));
        }
        return project;
    }

    /// <summary>Reports a reference to a missing record, saying so when that record's own row was rejected in this import.</summary>
    private static void ReferenceError(RowCells row, ImportContext context, ColumnSpec column, RecordKind kind, string key, string unknown)
    {
        var rejected = context.RejectedAt(kind, key);
        row.Error(column, rejected is { } at ? ImportMessages.ReferenceHasProblems(key, at.File, at.Line) : unknown);
    }

    /// <summary>Before the duplicate check: a row with problems cannot be referred to by later files.</summary>
    private static void RejectIfFailed(RowCells row, ImportContext context, RecordKind kind, string key)
    {
        if (row.HasErrors)
        {
            context.Reject(kind, key, row.File, row.Line);
        }
    }
}
