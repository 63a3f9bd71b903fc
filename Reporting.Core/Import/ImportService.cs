using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The whole import against a store: migrate, load, check every file, then save all of it in one transaction or nothing.</summary>
public static class ImportService
{
    /// <summary>
    /// Creates or upgrades the schema, checks <paramref name="files"/> against the stored records and, when there is no
    /// problem and <paramref name="dryRun"/> is false, saves the batch (an upsert: importing the same files twice changes nothing).
    /// </summary>
    public static ImportOutcome Run(IReportingStore store, IReadOnlyList<ImportFile> files, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Migrate();
        ImportOutcome outcome;
        using (var read = store.OpenReader())
        {
            outcome = CsvImporter.Validate(files, new Domain.DataSet(read.Programs(), read.Snapshots(Reports.ReportScope.AllProjects).ToList()));
        }
        if (outcome.Succeeded && !dryRun)
        {
            store.Save(outcome.Batch);
        }
        return outcome;
    }
}
