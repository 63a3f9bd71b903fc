using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>Where the records live. All SQL stays behind this interface (SQLite by default, PostgreSQL for a shared server).</summary>
public interface IReportingStore : IDisposable
{
    /// <summary>Creates the schema or upgrades an older one to <see cref="CurrentSchemaVersion"/>.
    /// Throws <see cref="StoreException"/> when the database is newer than this program.</summary>
    void Migrate();

    /// <summary>The schema version of the open database (0 when empty).</summary>
    int SchemaVersion { get; }

    /// <summary>Fails with a <see cref="StoreException"/> whose message says how to fix it unless the schema is current.</summary>
    void EnsureCurrent();

    /// <summary>Upserts every record of the batch in one transaction: all of it is stored, or nothing.</summary>
    void Save(ImportBatch batch);

    /// <summary>Opens the write transaction of one import (<see cref="IImportSession"/>): records are written as they are
    /// read and kept only when the session is committed. Fails like <see cref="EnsureCurrent"/> unless the schema is current.</summary>
    IImportSession BeginImport();

    /// <summary>Opens one consistent read of the database (a read transaction); dispose it when done.</summary>
    IStoreReader OpenReader();

    /// <summary>Record counts per kind, for summaries and tests.</summary>
    IReadOnlyDictionary<RecordKind, int> Count();

    /// <summary>The fault of this store's environment the user can fix (busy, read-only, full, corrupt) that
    /// <paramref name="error"/> reports, raised while a session of the store was working, as a
    /// <see cref="StoreException"/> with one plain sentence; null for anything else.</summary>
    StoreException? Fault(Exception error) => null;
}

/// <summary>A storage failure the user can fix (wrong schema version, unreadable file); its message is shown as is.</summary>
public sealed class StoreException(string message, Exception? inner = null)
    : Reports.ReportException(Reports.ReportErrorKind.Environment, [message], inner);

/// <summary>The seven record kinds of the import contract.</summary>
public enum RecordKind
{
    Programs,
    Projects,
    BudgetLines,
    Participants,
    Placements,
    Expenditures,
    Disbursements,
}

/// <summary>Validated records ready to store; any list may be empty.</summary>
public sealed record ImportBatch(
    IReadOnlyList<FundingProgram> Programs,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<BudgetLine> BudgetLines,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<Expenditure> Expenditures,
    IReadOnlyList<Disbursement> Disbursements)
{
    public static readonly ImportBatch Empty = new([], [], [], [], [], [], []);

    /// <summary>Every project a record of the batch belongs to, once each.</summary>
    public IReadOnlyCollection<string> TouchedProjects() =>
        Projects.Select(p => p.Id.Value)
            .Concat(BudgetLines.Select(r => r.ProjectId.Value))
            .Concat(Participants.Select(r => r.ProjectId.Value))
            .Concat(Placements.Select(r => r.ProjectId.Value))
            .Concat(Expenditures.Select(r => r.ProjectId.Value))
            .Concat(Disbursements.Select(r => r.ProjectId.Value))
            .ToHashSet(StringComparer.Ordinal);

    public int Count => Programs.Count + Projects.Count + BudgetLines.Count + Participants.Count
        + Placements.Count + Expenditures.Count + Disbursements.Count;
}
