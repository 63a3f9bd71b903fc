using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Closed periods and corrections inside the import's transaction (docs/audit.md).</summary>
internal sealed partial class PostgresImportSession
{
    public IReadOnlyList<ClosedPeriod> ClosedPeriods()
    {
        MergePending();
        return LedgerReader.AllClosed(_connection, _tx, StoreDialect.Postgres);
    }

    /// <summary>Written after the staged rows are merged: the connection runs no statement while a COPY is open.</summary>
    public void RecordCorrections(IReadOnlyList<Correction> corrections)
    {
        MergePending();
        LedgerWriter.Corrections(_connection, _tx, StoreDialect.Postgres, corrections);
    }
}
