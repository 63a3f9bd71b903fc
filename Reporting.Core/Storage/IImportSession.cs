using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>One import's write transaction: the records of the import files are written one by one as they are read,
/// and either all of them are kept (<see cref="Commit"/>) or none (dispose without commit).</summary>
/// <remarks>
/// Reads inside the session see the session's own writes. Every record written remembers the run
/// (<see cref="Run"/>) and the file line that wrote it (<see cref="ImportSource"/>), so a second row with the same key
/// in the same import is found from the stored row, without a set of all keys in memory. Programs, projects and budget
/// line keys are small and are read whole when the session opens; participants are looked up one at a time.
/// </remarks>
public interface IImportSession : IDisposable
{
    /// <summary>This import's run number (written to <c>import_run</c> of every record it names).</summary>
    long Run { get; }

    bool HasProgram(ProgramId id);

    Project? Project(ProjectId id);

    /// <summary>True when <paramref name="project"/> has a budget line of <paramref name="costCategory"/> (for any
    /// budget year, or without one).</summary>
    bool HasBudgetLine(ProjectId project, string costCategory);

    /// <summary>The stored budget lines of <paramref name="project"/> in their stored order (a project has few).</summary>
    IReadOnlyList<BudgetLine> BudgetLines(ProjectId project);

    /// <summary>Removes the budget lines without a budget year of <paramref name="project"/> (a plan by year replaces
    /// them) and tells how many there were.</summary>
    int RemoveBudgetLinesWithoutYear(ProjectId project);

    Participant? Participant(ProjectId project, ParticipantId id);

    /// <summary>The entry date of a stored participant, or null when there is none (what a placement is checked
    /// against); a session may answer it from a cache of the project's participants.</summary>
    DateOnly? EntryDate(ProjectId project, ParticipantId id) => Participant(project, id)?.EntryDate;

    /// <summary>Stores <paramref name="record"/> when no record with its key exists; false (nothing written) when one does.</summary>
    bool TryAdd<T>(T record, long source) where T : class;

    /// <summary>The stored record with <paramref name="key"/> and the run and line that last wrote it, or null.</summary>
    Stored<T>? Find<T>(RecordKey key) where T : class;

    /// <summary>Replaces the stored <paramref name="before"/> with <paramref name="after"/> (same key); when they are equal
    /// only the record's run and line are updated.</summary>
    void Update<T>(T before, T after, long source) where T : class;

    /// <summary>The stored records a change of <paramref name="project"/>'s runtime to <paramref name="runtime"/> would
    /// leave outside it: their count and the keys of the first few.</summary>
    Outside RecordsOutside(ProjectId project, DateRange runtime);

    /// <summary>Participants written by this import whose entry date is after one of their stored placements (at
    /// most <paramref name="limit"/>), by the line that wrote them.</summary>
    IReadOnlyList<EntryAfterPlacement> EntriesAfterPlacements(int limit);

    /// <summary>Adds the audit record of this import (its files, who, when) to the session's transaction, so it is kept
    /// exactly when the records are (docs/audit.md). A store without an audit trail ignores it.</summary>
    void Record(Audit.ImportAudit audit)
    {
    }

    /// <summary>Brings the summaries up to date and makes every write of the session permanent.</summary>
    void Commit();

    /// <summary>Every closed period of every project (schema 5), read inside the session's transaction; none by default.</summary>
    IReadOnlyList<Periods.ClosedPeriod> ClosedPeriods() => [];

    /// <summary>Stores corrections to closed periods in the session's transaction (kept only when it commits).</summary>
    void RecordCorrections(IReadOnlyList<Periods.Correction> corrections) =>
        throw new NotSupportedException("this import session cannot store corrections");
}

/// <summary>A stored record with the provenance of its last write.</summary>
public sealed record Stored<T>(T Record, long Run, long Source) where T : class;

/// <summary>A participant whose entry date is after the earliest of its placements.</summary>
public sealed record EntryAfterPlacement(long Source, ProjectId Project, ParticipantId Participant, DateOnly Entry, DateOnly Placement);

/// <summary>How many stored records lie outside a runtime, and the keys of the first of them.</summary>
public sealed record Outside(int Count, IReadOnlyList<string> FirstKeys)
{
    public static readonly Outside None = new(0, []);
}

/// <summary>The key of a record of any kind as text: the project (or program) id, then the kind's other key parts
/// (participant id, cost category, voucher, request; a budget line adds its budget year, a placement its ISO date and
/// kind code).</summary>
public readonly record struct RecordKey(RecordKind Kind, string A, string? B = null, string? C = null, string? D = null)
{
    public static RecordKey Of(FundingProgram p) => new(RecordKind.Programs, p.Id.Value);

    public static RecordKey Of(Project p) => new(RecordKind.Projects, p.Id.Value);

    public static RecordKey Of(BudgetLine b) => OfBudgetLine(b.ProjectId.Value, b.CostCategory, b.BudgetYear);

    /// <summary>A budget line's key: project, cost category and the budget year as digits (null without one).</summary>
    public static RecordKey OfBudgetLine(string project, string costCategory, int? budgetYear) =>
        new(RecordKind.BudgetLines, project, costCategory, budgetYear?.ToString(CultureInfo.InvariantCulture));

    /// <summary>The budget year of a budget line's key.</summary>
    public int? BudgetYear => C is null ? null : int.Parse(C, CultureInfo.InvariantCulture);

    public static RecordKey Of(Participant p) => new(RecordKind.Participants, p.ProjectId.Value, p.Id.Value);

    public static RecordKey Of(Placement p) =>
        new(RecordKind.Placements, p.ProjectId.Value, p.ParticipantId.Value, Rows.Date(p.Date), p.Kind.Code());

    public static RecordKey Of(Expenditure e) => new(RecordKind.Expenditures, e.ProjectId.Value, e.VoucherNo);

    public static RecordKey Of(Disbursement d) => new(RecordKind.Disbursements, d.ProjectId.Value, d.RequestNo);

    public static RecordKey Of(object record) => record switch
    {
        FundingProgram p => Of(p),
        Project p => Of(p),
        BudgetLine b => Of(b),
        Participant p => Of(p),
        Placement p => Of(p),
        Expenditure e => Of(e),
        Disbursement d => Of(d),
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };
}

/// <summary>The <c>import_source</c> of a record: which file of its run (0-based, in the order given) and which line.</summary>
internal static class ImportSource
{
    public static long Of(int file, int line) => ((long)file << 32) | (uint)line;

    public static int File(long source) => (int)(source >> 32);

    public static int Line(long source) => (int)(source & 0xFFFF_FFFF);
}
