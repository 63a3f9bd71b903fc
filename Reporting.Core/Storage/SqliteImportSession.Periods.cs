using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Closed periods and corrections inside the import's transaction (docs/audit.md).</summary>
internal sealed partial class SqliteImportSession
{
    public IReadOnlyList<ClosedPeriod> ClosedPeriods()
    {
        return LedgerReader.AllClosed(_connection, _tx, StoreDialect.Sqlite);
    }

    public void RecordCorrections(IReadOnlyList<Correction> corrections)
    {
        LedgerWriter.Corrections(_connection, _tx, StoreDialect.Sqlite, corrections);
    }
}
