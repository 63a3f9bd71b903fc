using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>
/// Reads CSV import files (docs/import.md) in one pass, checks every row against the records of the store and of
/// earlier rows, and writes it to an <see cref="IImportSession"/> as it goes. Every problem of every file is
/// collected; the caller commits the session only when there are none.
/// </summary>
/// <remarks>
/// Files are read in dependency order (programs, projects, budget lines, participants, placements, expenditures,
/// disbursements) whatever order they are given in, so a participants file may refer to a project of a projects file
/// of the same import. A key named twice in one import is found from the stored row's provenance (this run, that line).
/// No file is held in memory; no clock.
/// </remarks>
internal static partial class CsvImporter
{
    private sealed record Prepared(ImportFile File, int Index, RecordKind? Kind);

    /// <summary>Checks <paramref name="files"/> against <paramref name="existing"/> held in memory; the outcome's batch
    /// holds every record the files name when there is no problem.</summary>
    public static ImportOutcome Validate(IReadOnlyList<ImportFile> files, DataSet existing)
    {
        using var session = new MemoryImportSession(existing);
        var outcome = Import(files, session);
        return outcome.Succeeded ? outcome with { Batch = session.Batch() } : outcome;
    }

    /// <summary>Reads, checks and writes <paramref name="files"/> into <paramref name="session"/>; commits nothing.
    /// <paramref name="progress"/> hears the rows read of each file (<see cref="ImportProgress"/>).</summary>
    public static ImportOutcome Import(IReadOnlyList<ImportFile> files, IImportSession session, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(session);
        var problems = new ImportProblems();
        var context = new ImportContext(session, files);
        var prepared = files.Select((f, i) => Prepare(f, i, problems)).ToList();
        var summaries = new ImportFileSummary[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            summaries[i] = new ImportFileSummary(files[i].Name, prepared[i].Kind, 0);
        }

        foreach (var kind in ImportKinds.DependencyOrder)
        {
            foreach (var file in prepared.Where(p => p.Kind == kind))
            {
                summaries[file.Index] = ReadFile(file, kind, context, problems, progress);
            }
            if (kind == RecordKind.BudgetLines)
            {
                CheckBudgetYearSums(context, problems);
                ReplaceRuntimePlans(context, summaries);
            }
        }
        CheckConsistency(context, problems);

        var order = files.Select((f, i) => (f.Name, i)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i);
        IReadOnlyList<ImportProblem> Sorted(IEnumerable<ImportProblem> list) =>
            list.OrderBy(p => order.GetValueOrDefault(p.File)).ThenBy(p => p.Line).ToList();
        return new ImportOutcome(summaries, ImportBatch.Empty, Sorted(problems.Errors), Sorted(problems.Warnings))
        {
            ProblemCount = problems.ErrorCount,
            FileProjects = files.Select((_, i) => context.FileProjects.GetValueOrDefault(i) ?? []).ToList(),
        };
    }

    /// <summary>Reads the header of a file and tells its kind (null after reporting why it cannot be read).</summary>
    private static Prepared Prepare(ImportFile file, int index, ImportProblems problems)
    {
        using var csv = CsvFile.Open(file);
        var header = csv.Read();
        if (header is null || header.Fields.All(string.IsNullOrWhiteSpace))
        {
            problems.Error(file.Name, header?.Line ?? 1, null, csv.TooLongLine is { } l ? ImportMessages.LineTooLong : ImportMessages.EmptyFile);
            return new Prepared(file, index, null);
        }
        var kind = file.Kind ?? ImportSchema.Recognise(header.Fields);
        if (kind is null)
        {
            var text = string.Join(csv.Delimiter, header.Fields.Select(f => f.Trim()));
            problems.Error(file.Name, header.Line, null, ImportMessages.UnknownKind(text));
        }
        return new Prepared(file, index, kind);
    }

    private static ImportFileSummary ReadFile(Prepared file, RecordKind kind, ImportContext context, ImportProblems problems,
        IProgress<ImportProgress>? progress)
    {
        var name = file.File.Name;
        using var csv = CsvFile.Open(file.File);
        var headerRecord = csv.Read()!;
        var header = HeaderMap.Bind(headerRecord, ImportSchema.Columns(kind), ImportSchema.Keys(kind), name, problems);
        context.FileIndex = file.Index;
        context.Added = context.Changed = context.Unchanged = 0;
        context.TakeFileProjects();
        var rows = 0;
        progress?.Report(new ImportProgress(name, 0));
        while (csv.Read() is { } record)
        {
            rows++;
            if (progress is not null && rows % ImportProgress.Every == 0)
            {
                progress.Report(new ImportProgress(name, rows));
            }
            if (!header.IsComplete)
            {
                continue;
            }
            var row = new RowCells(name, record, header, csv.Delimiter, problems);
            if (record.Fields.Count > header.Width && record.Fields.Skip(header.Width).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                row.Error(null, ImportMessages.TooManyFields(record.Fields.Count, header.Width));
            }
            else if (record.HasUndecodable)
            {
                row.Error(null, ImportMessages.NotUtf8);
            }
            else
            {
                ReadRow(kind, row, context);
            }
            row.Commit();
        }
        if (csv.TooLongLine is { } tooLong)
        {
            problems.Error(name, tooLong, null, ImportMessages.LineTooLong);
        }
        if (csv.UnterminatedQuoteLine is { } openLine)
        {
            problems.Error(name, openLine, null, ImportMessages.UnterminatedQuote);
        }
        context.FileProjects[file.Index] = context.TakeFileProjects();
        if (rows == 0 && csv.TooLongLine is null)
        {
            problems.Warning(name, headerRecord.Line, null, ImportMessages.NoDataRows);
        }
        progress?.Report(new ImportProgress(name, rows));
        return new ImportFileSummary(name, kind, rows)
        {
            Added = context.Added, Changed = context.Changed, Unchanged = context.Unchanged,
        };
    }

    private static void ReadRow(RecordKind kind, RowCells row, ImportContext context)
    {
        switch (kind)
        {
            case RecordKind.Programs: ReadProgram(row, context); break;
            case RecordKind.Projects: ReadProject(row, context); break;
            case RecordKind.BudgetLines: ReadBudgetLine(row, context); break;
            case RecordKind.Participants: ReadParticipant(row, context); break;
            case RecordKind.Placements: ReadPlacement(row, context); break;
            case RecordKind.Expenditures: ReadExpenditure(row, context); break;
            case RecordKind.Disbursements: ReadDisbursement(row, context); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
