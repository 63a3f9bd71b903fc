using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Closed periods and corrections inside the import's transaction (docs/audit.md). Both wait for the writer
/// thread first, so that the connection is used by one thread at a time.</summary>
internal sealed partial class SqliteImportSession
{
    public IReadOnlyList<ClosedPeriod> ClosedPeriods()
    {
        Sync();
        return LedgerReader.AllClosed(_connection, _tx);
    }

    public void RecordCorrections(IReadOnlyList<Correction> corrections)
    {
        Sync();
        LedgerWriter.Corrections(_connection, _tx, corrections);
    }
}
