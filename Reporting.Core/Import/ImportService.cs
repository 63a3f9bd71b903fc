using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The whole import against a store: migrate, then read, check and write every file in one pass inside one
/// write transaction, committed only when there is no problem.</summary>
public static class ImportService
{
    /// <summary>
    /// Creates or upgrades the schema, streams <paramref name="files"/> into an import session of the store and commits
    /// it when there is no problem and <paramref name="dryRun"/> is false (an upsert: importing the same files twice
    /// changes nothing). A dry run takes exactly the same path and rolls back. <paramref name="progress"/> hears how far
    /// the reading is (<see cref="ImportProgress"/>) and when the commit starts.
    /// </summary>
    /// <param name="correction">Given, records dated inside a closed period are stored as corrections; without it such
    /// an import is refused (docs/audit.md).</param>
    /// <param name="progress">How far the reading is, and when the commit starts.</param>
    /// <param name="actor">Who imports, for the audit trail (default: this process's user and Core's version).</param>
    /// <param name="clock">When, for the audit trail (default: the system clock).</param>
    /// <summary>
    /// <see cref="Run(IReportingStore, IReadOnlyList{ImportFile}, bool, ImportCorrection?, IProgress{ImportProgress}?, Audit.AuditActor?, TimeProvider?)"/>
    /// into the database <paramref name="database"/> (a SQLite file, created when missing, or a PostgreSQL server).
    /// A dry run against a SQLite file that does not exist yet checks against an empty database in memory, so it
    /// creates no file.
    /// </summary>
    public static ImportOutcome Run(string database, IReadOnlyList<ImportFile> files, bool dryRun = false,
        ImportCorrection? correction = null, IProgress<ImportProgress>? progress = null, Audit.AuditActor? actor = null,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var nothingStored = dryRun && !StoreFactory.IsServer(database) && !File.Exists(database);
        using var store = nothingStored ? new SqliteStore(":memory:") : StoreFactory.Open(database, create: true);
        return Run(store, files, dryRun, correction, progress, actor, clock);
    }

    public static ImportOutcome Run(IReportingStore store, IReadOnlyList<ImportFile> files, bool dryRun = false,
        ImportCorrection? correction = null, IProgress<ImportProgress>? progress = null, Audit.AuditActor? actor = null,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Migrate();
        using var session = new Periods.ClosedPeriodGuard(store.BeginImport(), keepAll: correction is not null);
        // The audit record's file hashes are taken on another core while the import reads the files.
        var hashes = dryRun ? null : Task.Run(() => Audit.ImportAudit.Hashes(files));
        try
        {
            var outcome = CsvImporter.Import(files, session, progress);
            if (outcome.Succeeded)
            {
                outcome = ClosedPeriodCheck.Apply(outcome, session, correction);
            }
            if (outcome.Succeeded && !dryRun)
            {
                progress?.Report(new ImportProgress("", outcome.Files.Sum(f => (long)f.Rows), Storing: true));
                session.Record(Audit.ImportAudit.Of(files, outcome, (clock ?? TimeProvider.System).GetUtcNow(),
                    actor ?? Audit.AuditActor.Current(), hashes!.GetAwaiter().GetResult()));
                session.Commit();
            }
            return outcome;
        }
        catch (Exception e) when (store.Fault(e) is { } fault)
        {
            // A full disk or a lost lock while rows are written: the session rolls back, the user reads one sentence.
            throw fault;
        }
    }
}
