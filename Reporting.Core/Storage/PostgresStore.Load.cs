using System.Data;
using Dapper;

namespace Reporting.Core.Storage;

internal sealed partial class PostgresStore
{
    // Text keys are ordered COLLATE "C" (byte order, as SQLite's BINARY), whatever collation the database was created
    // with, so that every listing comes out in the same order on both backends.
    private const string SelectPrograms = """
        SELECT program_id AS Id, name AS Name, funder AS Funder, legal_basis AS LegalBasis
        FROM programs ORDER BY program_id COLLATE "C";
        """;

    private const string SelectProjects = """
        SELECT project_id AS Id, program_id AS ProgramId, name AS Name, recipient AS Recipient, region AS Region,
               start_date AS StartDate, end_date AS EndDate, grant_cents AS GrantCents, own_funds_cents AS OwnFundsCents,
               third_party_funds_cents AS ThirdPartyFundsCents, target_placements AS TargetPlacements, places AS Places,
               target_kinds AS TargetKinds
        FROM projects ORDER BY project_id COLLATE "C";
        """;

    private const string SelectBudgetLines = """
        SELECT project_id AS ProjectId, cost_category AS CostCategory, label AS Label, approved_cents AS ApprovedCents,
               CAST(budget_year AS BIGINT) AS BudgetYear
        FROM budget_lines WHERE project_id = @ProjectId ORDER BY line_no;
        """;

    private const string SelectParticipants = """
        SELECT project_id AS ProjectId, participant_id AS Id, entry_date AS EntryDate, exit_date AS ExitDate,
               exit_reason AS ExitReason, gender AS Gender, birth_year AS BirthYear,
               long_term_unemployed AS LongTermUnemployed, refugee AS Refugee, severely_disabled AS SeverelyDisabled
        FROM participants WHERE project_id = @ProjectId ORDER BY participant_id COLLATE "C";
        """;

    private const string SelectPlacements = """
        SELECT project_id AS ProjectId, participant_id AS ParticipantId, placement_date AS Date, kind AS Kind,
               sector AS Sector, sustained_6m AS Sustained6m
        FROM placements WHERE project_id = @ProjectId
        ORDER BY placement_date, participant_id COLLATE "C", kind COLLATE "C";
        """;

    private const string SelectExpenditures = """
        SELECT project_id AS ProjectId, voucher_no AS VoucherNo, payment_date AS PaymentDate, cost_category AS CostCategory,
               amount_cents AS AmountCents, payee AS Payee, description AS Description
        FROM expenditures WHERE project_id = @ProjectId ORDER BY payment_date, voucher_no COLLATE "C";
        """;

    private const string SelectDisbursements = """
        SELECT project_id AS ProjectId, request_no AS RequestNo, request_date AS RequestDate,
               received_date AS ReceivedDate, amount_cents AS AmountCents
        FROM disbursements WHERE project_id = @ProjectId ORDER BY request_no COLLATE "C";
        """;

    // The tallies read the summaries of migration 2 up to the end of each project's period, LEAST(@AsOf, end_date);
    // @AsOf is a date. SUM over BIGINT is NUMERIC in PostgreSQL, hence the casts back to BIGINT.
    private const string TallyDays = """
        SELECT j.project_id AS ProjectId,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.entries ELSE 0 END), 0) AS BIGINT) AS Entries,
               CAST(COALESCE(SUM(d.entries), 0) AS BIGINT) AS EntriesCumulative,
               CAST(COALESCE(SUM(d.leavers), 0) AS BIGINT) AS Leavers,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.exits ELSE 0 END), 0) AS BIGINT) AS Exits,
               CAST(COALESCE(SUM(CASE WHEN d.day >= j.start_date THEN d.spent_cents ELSE 0 END), 0) AS BIGINT) AS SpentCents,
               CAST(COALESCE(SUM(d.spent_cents), 0) AS BIGINT) AS SpentCumulativeCents
        FROM projects j JOIN daily_totals d ON d.project_id = j.project_id AND d.day <= LEAST(@AsOf, j.end_date)
        WHERE j.start_date <= @AsOf
        GROUP BY j.project_id;
        """;

    private const string TallyPlacements = """
        SELECT j.project_id AS ProjectId,
               COUNT(*) FILTER (WHERE f.placement_date >= j.start_date) AS Placements,
               COUNT(*) AS PlacementsCumulative,
               COUNT(*) FILTER (WHERE f.sustained_6m) AS Sustained
        FROM projects j JOIN first_placements f ON f.project_id = j.project_id AND f.placement_date <= LEAST(@AsOf, j.end_date)
        WHERE j.start_date <= @AsOf
        GROUP BY j.project_id;
        """;

    private const string TallyDisbursements = """
        SELECT d.project_id AS ProjectId, d.received_date AS ReceivedDate, d.amount_cents AS AmountCents
        FROM disbursements d JOIN projects j ON j.project_id = d.project_id
        WHERE d.received_date IS NOT NULL AND d.received_date <= LEAST(@AsOf, j.end_date);
        """;

    private const string CountAll = """
        SELECT (SELECT COUNT(*) FROM programs), (SELECT COUNT(*) FROM projects), (SELECT COUNT(*) FROM budget_lines),
               (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM placements),
               (SELECT COUNT(*) FROM expenditures), (SELECT COUNT(*) FROM disbursements);
        """;

    /// <summary>Makes the transaction read only; must be its first statement.</summary>
    private const string ReadOnly = "SET TRANSACTION READ ONLY;";

    private static readonly StoreReadQueries ReadQueries = new(
        SelectPrograms, SelectProjects, SelectBudgetLines, SelectParticipants, SelectPlacements, SelectExpenditures,
        SelectDisbursements, TallyDays, TallyPlacements, TallyDisbursements);

    /// <inheritdoc />
    public IStoreReader OpenReader()
    {
        EnsureCurrent();
        // REPEATABLE READ: the snapshot taken at the first SELECT serves every later one, so an import that commits
        // meanwhile is not seen half. READ ONLY: a reader never takes a write lock.
        var tx = _connection.BeginTransaction(IsolationLevel.RepeatableRead);
        try
        {
            _connection.Execute(ReadOnly, transaction: tx);
        }
        catch
        {
            tx.Dispose();
            throw;
        }
        return new SqlStoreReader(_connection, tx, ReadQueries, NativeRows);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<RecordKind, int> Count()
    {
        EnsureCurrent();
        return StoreReader.Count(_connection, CountAll);
    }
}
