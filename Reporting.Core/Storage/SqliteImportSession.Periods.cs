using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Closed periods and corrections inside the import's transaction (docs/audit.md).</summary>
internal sealed partial class SqliteImportSession
{
    public IReadOnlyList<ClosedPeriod> ClosedPeriods()
    {
        _queue.Drain();
        return LedgerReader.AllClosed(_connection, _tx, StoreDialect.Sqlite);
    }

    public void RecordCorrections(IReadOnlyList<Correction> corrections)
    {
        _queue.Drain();
        LedgerWriter.Corrections(_connection, _tx, StoreDialect.Sqlite, corrections);
    }
}
