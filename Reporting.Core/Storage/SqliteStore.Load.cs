using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

public sealed partial class SqliteStore
{
    private const string SelectPrograms =
        "SELECT program_id AS Id, name AS Name, funder AS Funder, legal_basis AS LegalBasis FROM programs ORDER BY program_id;";

    private const string SelectProjects = """
        SELECT project_id AS Id, program_id AS ProgramId, name AS Name, recipient AS Recipient, region AS Region,
               start_date AS StartDate, end_date AS EndDate, grant_cents AS GrantCents, own_funds_cents AS OwnFundsCents,
               third_party_funds_cents AS ThirdPartyFundsCents, target_placements AS TargetPlacements, places AS Places,
               target_kinds AS TargetKinds
        FROM projects ORDER BY project_id;
        """;

    private const string SelectBudgetLines = """
        SELECT project_id AS ProjectId, cost_category AS CostCategory, label AS Label, approved_cents AS ApprovedCents
        FROM budget_lines ORDER BY project_id, rowid;
        """;

    private const string SelectParticipants = """
        SELECT project_id AS ProjectId, participant_id AS Id, entry_date AS EntryDate, exit_date AS ExitDate,
               exit_reason AS ExitReason, gender AS Gender, birth_year AS BirthYear,
               long_term_unemployed AS LongTermUnemployed, refugee AS Refugee, severely_disabled AS SeverelyDisabled
        FROM participants ORDER BY project_id, participant_id;
        """;

    private const string SelectPlacements = """
        SELECT project_id AS ProjectId, participant_id AS ParticipantId, placement_date AS Date, kind AS Kind,
               sector AS Sector, sustained_6m AS Sustained6m
        FROM placements ORDER BY project_id, placement_date, participant_id, kind;
        """;

    private const string SelectExpenditures = """
        SELECT project_id AS ProjectId, voucher_no AS VoucherNo, payment_date AS PaymentDate, cost_category AS CostCategory,
               amount_cents AS AmountCents, payee AS Payee, description AS Description
        FROM expenditures ORDER BY project_id, payment_date, voucher_no;
        """;

    private const string SelectDisbursements = """
        SELECT project_id AS ProjectId, request_no AS RequestNo, request_date AS RequestDate,
               received_date AS ReceivedDate, amount_cents AS AmountCents
        FROM disbursements ORDER BY project_id, request_no;
        """;

    private const string CountAll = """
        SELECT (SELECT COUNT(*) FROM programs), (SELECT COUNT(*) FROM projects), (SELECT COUNT(*) FROM budget_lines),
               (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM placements),
               (SELECT COUNT(*) FROM expenditures), (SELECT COUNT(*) FROM disbursements);
        """;

    private static readonly StoreQueries Queries = new(
        SelectPrograms, SelectProjects, SelectBudgetLines, SelectParticipants, SelectPlacements, SelectExpenditures,
        SelectDisbursements, CountAll);

    /// <inheritdoc />
    public DataSet Load()
    {
        EnsureCurrent();
        return StoreReader.Load(_connection, Queries);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<RecordKind, int> Count()
    {
        EnsureCurrent();
        return StoreReader.Count(_connection, Queries);
    }
}
