using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

public sealed partial class PostgresStore
{
    private const string SelectPrograms =
        "SELECT program_id AS Id, name AS Name, funder AS Funder, legal_basis AS LegalBasis FROM programs ORDER BY program_id;";

    private const string SelectProjects = """
        SELECT project_id AS Id, program_id AS ProgramId, name AS Name, recipient AS Recipient, region AS Region,
               to_char(start_date, 'YYYY-MM-DD') AS StartDate, to_char(end_date, 'YYYY-MM-DD') AS EndDate,
               grant_cents AS GrantCents, own_funds_cents AS OwnFundsCents,
               third_party_funds_cents AS ThirdPartyFundsCents, CAST(target_placements AS BIGINT) AS TargetPlacements,
               CAST(places AS BIGINT) AS Places, target_kinds AS TargetKinds
        FROM projects ORDER BY project_id;
        """;

    private const string SelectBudgetLines = """
        SELECT project_id AS ProjectId, cost_category AS CostCategory, label AS Label, approved_cents AS ApprovedCents
        FROM budget_lines ORDER BY project_id, line_no;
        """;

    private const string SelectParticipants = """
        SELECT project_id AS ProjectId, participant_id AS Id, to_char(entry_date, 'YYYY-MM-DD') AS EntryDate,
               to_char(exit_date, 'YYYY-MM-DD') AS ExitDate, exit_reason AS ExitReason, gender AS Gender,
               CAST(birth_year AS BIGINT) AS BirthYear,
               CAST(CAST(long_term_unemployed AS INTEGER) AS BIGINT) AS LongTermUnemployed,
               CAST(CAST(refugee AS INTEGER) AS BIGINT) AS Refugee,
               CAST(CAST(severely_disabled AS INTEGER) AS BIGINT) AS SeverelyDisabled
        FROM participants ORDER BY project_id, participant_id;
        """;

    private const string SelectPlacements = """
        SELECT project_id AS ProjectId, participant_id AS ParticipantId, to_char(placement_date, 'YYYY-MM-DD') AS Date,
               kind AS Kind, sector AS Sector, CAST(CAST(sustained_6m AS INTEGER) AS BIGINT) AS Sustained6m
        FROM placements ORDER BY project_id, placement_date, participant_id, kind;
        """;

    private const string SelectExpenditures = """
        SELECT project_id AS ProjectId, voucher_no AS VoucherNo, to_char(payment_date, 'YYYY-MM-DD') AS PaymentDate,
               cost_category AS CostCategory, amount_cents AS AmountCents, payee AS Payee, description AS Description
        FROM expenditures ORDER BY project_id, payment_date, voucher_no;
        """;

    private const string SelectDisbursements = """
        SELECT project_id AS ProjectId, request_no AS RequestNo, to_char(request_date, 'YYYY-MM-DD') AS RequestDate,
               to_char(received_date, 'YYYY-MM-DD') AS ReceivedDate, amount_cents AS AmountCents
        FROM disbursements ORDER BY project_id, request_no;
        """;

    private const string CountAll = """
        SELECT (SELECT COUNT(*) FROM programs), (SELECT COUNT(*) FROM projects), (SELECT COUNT(*) FROM budget_lines),
               (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM placements),
               (SELECT COUNT(*) FROM expenditures), (SELECT COUNT(*) FROM disbursements);
        """;

    /// <inheritdoc />
    public IStoreReader OpenReader()
    {
        EnsureCurrent();
        throw new StoreException("scoped reads are not available on PostgreSQL yet");
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<RecordKind, int> Count()
    {
        EnsureCurrent();
        return StoreReader.Count(_connection, CountAll);
    }
}
