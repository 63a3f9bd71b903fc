using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Core.Storage;

/// <summary>One consistent view of the database (one read transaction): every answer it gives comes from the same
/// state, even while an import commits in another process. It reads only what is asked for.</summary>
/// <remarks>Programs and projects are small (hundreds of rows) and are read whole; the records of a project are read
/// by project, one project at a time, so memory is bounded by the largest project, not by the database.</remarks>
public interface IStoreReader : IDisposable
{
    /// <summary>Every program, by id.</summary>
    IReadOnlyList<FundingProgram> Programs();

    /// <summary>The projects of <paramref name="scope"/> with their program, by project id; no records.</summary>
    IReadOnlyList<ProjectEntry> Projects(ReportScope scope);

    /// <summary>All records of one project, or null when it does not exist.</summary>
    ProjectSnapshot? Snapshot(ProjectId id);

    /// <summary>The projects of <paramref name="scope"/> with all their records, read one project at a time as the
    /// sequence is enumerated (by project id).</summary>
    IEnumerable<ProjectSnapshot> Snapshots(ReportScope scope);

    /// <summary>What target attainment and roll-ups need of each project of <paramref name="scope"/> that has started
    /// by <paramref name="asOf"/>, for the period runtime start .. <paramref name="asOf"/> cut to the runtime; from the
    /// summaries an import keeps, without reading the projects' records. Equal to
    /// <see cref="ProjectTally.Of"/> of the engine's figures for that period.</summary>
    IReadOnlyList<ProjectTally> Tallies(ReportScope scope, DateOnly asOf, FigureOptions options);

    /// <summary>The submissions, closed periods (with their frozen forms), corrections and purges of one project
    /// (<see cref="ProjectLedger.Empty"/> when none); <see cref="Snapshot"/> carries the same as its
    /// <see cref="ProjectSnapshot.Ledger"/>.</summary>
    ProjectLedger Ledger(ProjectId id);

    /// <summary>Every purge of participant records, in the order recorded (one query; for <c>history</c>).</summary>
    IReadOnlyList<Periods.PurgeRecord> Purges();
}

/// <summary>A project and its program, without records.</summary>
public sealed record ProjectEntry(Project Project, FundingProgram Program);
