using Reporting.Core.Domain;
using Reporting.Core.Storage;

namespace Reporting.Core.Import;

internal static partial class CsvImporter
{
    /// <summary>
    /// Writes the record of a row. A row whose file has every required column is first added (nothing is read when
    /// its key is new); when the key exists, the stored record is read: written earlier in this import is a duplicate,
    /// else the columns of the file replace the stored values and the rest are kept. A row of a file that lacks
    /// required columns can only change a stored record.
    /// </summary>
    /// <param name="candidate">The row as a new record (already checked by the caller), or null when a required value
    /// is missing or failed.</param>
    /// <param name="build">The record of the row over a stored record.</param>
    /// <param name="check">Checks a record that differs from the candidate; the flag tells whether warnings are reported.</param>
    private static void Store<T>(RowCells row, ImportContext context, RecordKey key, ColumnSpec keyColumn,
        T? candidate, Func<T, T> build, Action<T, bool> check) where T : class
    {
        var session = context.Session;
        var source = ImportSource.Of(context.FileIndex, row.Line);
        if (row.HasErrors)
        {
            IsDuplicate(row, context, session.Find<T>(key), key, keyColumn);
            context.Reject(key.Kind, KeyText(key), row.File, row.Line);
            return;
        }
        if (IsDuplicate<T>(row, context, null, key, keyColumn))
        {
            return;
        }
        if (!row.HasAllRequired)
        {
            candidate = null;
        }
        if (candidate is not null && session.TryAdd(candidate, source))
        {
            context.Added++;
            context.Stored(key);
            return;
        }
        var stored = session.Find<T>(key);
        if (stored is null)
        {
            row.Error(null, ImportMessages.NewRecordNeedsColumns(KeyText(key), row.MissingRequired));
            context.Reject(key.Kind, KeyText(key), row.File, row.Line);
            return;
        }
        if (IsDuplicate(row, context, stored, key, keyColumn))
        {
            return;
        }
        var merged = build(stored.Record);
        if (candidate is null || !Same(merged, candidate))
        {
            check(merged, candidate is null);
        }
        if (row.HasErrors)
        {
            context.Reject(key.Kind, KeyText(key), row.File, row.Line);
            return;
        }
        if (Same(stored.Record, merged))
        {
            context.Unchanged++;
        }
        else
        {
            context.Changed++;
        }
        session.Update(stored.Record, merged, source);
        context.Stored(key);
    }

    /// <summary>How a key is named in messages (built only when a message or a rejection needs it).</summary>
    private static string KeyText(RecordKey key) => key.Kind switch
    {
        RecordKind.Programs => ImportMessages.ProgramKey(key.A),
        RecordKind.Projects => ImportMessages.ProjectKey(key.A),
        RecordKind.BudgetLines => ImportMessages.BudgetLineKey(key.A, key.B!, key.BudgetYear),
        RecordKind.Participants => ImportMessages.ParticipantKey(key.A, key.B!),
        RecordKind.Placements => ImportMessages.PlacementKey(key.A, key.B!, Rows.Date(key.C!), Rows.ParseCode<PlacementKind>(key.D!)),
        RecordKind.Expenditures => ImportMessages.VoucherKey(key.A, key.B!),
        RecordKind.Disbursements => ImportMessages.RequestKey(key.A, key.B!),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    private static bool Same<T>(T a, T b) where T : class =>
        a is Project p && b is Project q
            ? p with { TargetKinds = q.TargetKinds } == q && p.TargetKinds.SetEquals(q.TargetKinds)
            : a.Equals(b);

    /// <summary>Reports a key seen before in this import (stored by an earlier row, or an earlier row rejected).</summary>
    private static bool IsDuplicate<T>(RowCells row, ImportContext context, Stored<T>? stored, RecordKey key, ColumnSpec column)
        where T : class
    {
        string? where = null;
        if (stored is not null && stored.Run == context.Session.Run)
        {
            var file = context.FileName(stored.Source);
            where = ImportMessages.Where(file, ImportSource.Line(stored.Source), file == row.File);
        }
        else if (context.HasRejected && context.RejectedAt(key.Kind, KeyText(key)) is { } at)
        {
            where = ImportMessages.Where(at.File, at.Line, at.File == row.File);
        }
        if (where is null)
        {
            return false;
        }
        row.Error(column, ImportMessages.DuplicateKey(KeyText(key), where));
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

    /// <summary>The value of a column the file has, else the stored value.</summary>
    private static TValue Pick<TValue>(RowCells row, ColumnSpec column, TValue parsed, TValue stored) =>
        row.HasColumn(column) ? parsed : stored;

    /// <summary>After every file: the stored records that changes of this import left inconsistent.</summary>
    private static void CheckConsistency(ImportContext context, ImportProblems problems)
    {
        foreach (var (project, file, line) in context.WrittenProjects)
        {
            var outside = context.Session.RecordsOutside(project.Id, project.Runtime);
            if (outside.Count > 0)
            {
                problems.Error(file, line, null, ImportMessages.RecordsOutsideRuntime(project.Id.Value, project.Runtime, outside));
            }
        }
        // The placements of a project this import adds are this import's, each checked against its participant's final
        // entry date as read (participants are read first); only a stored project's placements can predate an entry.
        var late = context.StoredProjectParticipantsWritten ? context.Session.EntriesAfterPlacements(ImportProblems.MaxKept) : [];
        foreach (var entry in late)
        {
            problems.Error(context.FileName(entry.Source), ImportSource.Line(entry.Source), null,
                ImportMessages.EntryAfterPlacement(entry.Entry, entry.Placement));
        }
    }
}
