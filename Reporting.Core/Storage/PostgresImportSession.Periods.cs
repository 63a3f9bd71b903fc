using Reporting.Core.Periods;

namespace Reporting.Core.Storage;

/// <summary>Closed periods and corrections inside the import's transaction (docs/audit.md).</summary>
internal sealed partial class PostgresImportSession
{
    public IReadOnlyList<ClosedPeriod> ClosedPeriods() => LedgerReader.AllClosed(_connection, _tx, StoreDialect.Postgres);

    public void RecordCorrections(IReadOnlyList<Correction> corrections) => LedgerWriter.Corrections(_connection, _tx, StoreDialect.Postgres, corrections);
}
