using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The whole import against a store: migrate, then read, check and write every file in one pass inside one
/// write transaction, committed only when there is no problem.</summary>
public static class ImportService
{
    /// <summary>
    /// Creates or upgrades the schema, streams <paramref name="files"/> into an import session of the store and commits
    /// it when there is no problem and <paramref name="dryRun"/> is false (an upsert: importing the same files twice
    /// changes nothing). A dry run takes exactly the same path and rolls back.
    /// </summary>
    /// <param name="correction">Given, records dated inside a closed period are stored as corrections; without it such
    /// an import is refused (docs/audit.md).</param>
    public static ImportOutcome Run(IReportingStore store, IReadOnlyList<ImportFile> files, bool dryRun = false, ImportCorrection? correction = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Migrate();
        using var session = new Periods.ClosedPeriodGuard(store.BeginImport(), keepAll: correction is not null);
        var outcome = CsvImporter.Import(files, session);
        if (outcome.Succeeded)
        {
            outcome = ClosedPeriodCheck.Apply(outcome, session, correction);
        }
        if (outcome.Succeeded && !dryRun)
        {
            session.Commit();
        }
        return outcome;
    }
}
