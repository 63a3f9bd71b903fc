using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

internal sealed partial class PostgresStore
{
    private const string UpsertProgram = """
        INSERT INTO programs (program_id, name, funder, legal_basis)
        VALUES (@Id, @Name, @Funder, @LegalBasis)
        ON CONFLICT (program_id) DO UPDATE SET name = excluded.name, funder = excluded.funder, legal_basis = excluded.legal_basis;
        """;

    private const string UpsertProject = """
        INSERT INTO projects (project_id, program_id, name, recipient, region, start_date, end_date, grant_cents,
            own_funds_cents, third_party_funds_cents, target_placements, places, target_kinds)
        VALUES (@Id, @ProgramId, @Name, @Recipient, @Region, CAST(@StartDate AS DATE), CAST(@EndDate AS DATE), @GrantCents,
            @OwnFundsCents, @ThirdPartyFundsCents, @TargetPlacements, @Places, @TargetKinds)
        ON CONFLICT (project_id) DO UPDATE SET program_id = excluded.program_id, name = excluded.name,
            recipient = excluded.recipient, region = excluded.region, start_date = excluded.start_date,
            end_date = excluded.end_date, grant_cents = excluded.grant_cents, own_funds_cents = excluded.own_funds_cents,
            third_party_funds_cents = excluded.third_party_funds_cents, target_placements = excluded.target_placements,
            places = excluded.places, target_kinds = excluded.target_kinds;
        """;

    private const string UpsertBudgetLine = """
        INSERT INTO budget_lines (project_id, cost_category, label, approved_cents, budget_year)
        VALUES (@ProjectId, @CostCategory, @Label, @ApprovedCents, @BudgetYear)
        ON CONFLICT (project_id, cost_category, (COALESCE(budget_year, 0)))
        DO UPDATE SET label = excluded.label, approved_cents = excluded.approved_cents;
        """;

    private const string UpsertParticipant = """
        INSERT INTO participants (project_id, participant_id, entry_date, exit_date, exit_reason, gender, birth_year,
            long_term_unemployed, refugee, severely_disabled)
        VALUES (@ProjectId, @Id, CAST(@EntryDate AS DATE), CAST(@ExitDate AS DATE), @ExitReason, @Gender, @BirthYear,
            @LongTermUnemployed <> 0, @Refugee <> 0, @SeverelyDisabled <> 0)
        ON CONFLICT (project_id, participant_id) DO UPDATE SET entry_date = excluded.entry_date,
            exit_date = excluded.exit_date, exit_reason = excluded.exit_reason, gender = excluded.gender,
            birth_year = excluded.birth_year, long_term_unemployed = excluded.long_term_unemployed,
            refugee = excluded.refugee, severely_disabled = excluded.severely_disabled;
        """;

    private const string UpsertPlacement = """
        INSERT INTO placements (project_id, participant_id, placement_date, kind, sector, sustained_6m)
        VALUES (@ProjectId, @ParticipantId, CAST(@Date AS DATE), @Kind, @Sector, @Sustained6m <> 0)
        ON CONFLICT (project_id, participant_id, placement_date, kind) DO UPDATE SET sector = excluded.sector,
            sustained_6m = excluded.sustained_6m;
        """;

    private const string UpsertExpenditure = """
        INSERT INTO expenditures (project_id, voucher_no, payment_date, cost_category, amount_cents, payee, description)
        VALUES (@ProjectId, @VoucherNo, CAST(@PaymentDate AS DATE), @CostCategory, @AmountCents, @Payee, @Description)
        ON CONFLICT (project_id, voucher_no) DO UPDATE SET payment_date = excluded.payment_date,
            cost_category = excluded.cost_category, amount_cents = excluded.amount_cents, payee = excluded.payee,
            description = excluded.description;
        """;

    private const string UpsertDisbursement = """
        INSERT INTO disbursements (project_id, request_no, request_date, received_date, amount_cents)
        VALUES (@ProjectId, @RequestNo, CAST(@RequestDate AS DATE), CAST(@ReceivedDate AS DATE), @AmountCents)
        ON CONFLICT (project_id, request_no) DO UPDATE SET request_date = excluded.request_date,
            received_date = excluded.received_date, amount_cents = excluded.amount_cents;
        """;

    /// <summary>Rebuilds the summaries of one project (<c>@ProjectId</c>) from its records (see migration 2).</summary>
    internal const string RebuildSummaries = RebuildDailyTotals + RebuildFirstPlacements;

    /// <summary>Rebuilds the daily totals of one project (<c>@ProjectId</c>) from its records.</summary>
    internal const string RebuildDailyTotals = """
        DELETE FROM daily_totals WHERE project_id = @ProjectId;
        INSERT INTO daily_totals (project_id, day, entries, exits, leavers, spent_cents)
        SELECT project_id, day, SUM(entries), SUM(exits), SUM(leavers), SUM(spent_cents) FROM (
            SELECT project_id, entry_date AS day, 1 AS entries, 0 AS exits, 0 AS leavers, CAST(0 AS BIGINT) AS spent_cents
            FROM participants WHERE project_id = @ProjectId
            UNION ALL
            SELECT project_id, exit_date, 0, 1, 0, 0 FROM participants WHERE project_id = @ProjectId AND exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, GREATEST(entry_date, exit_date), 0, 0, 1, 0 FROM participants
            WHERE project_id = @ProjectId AND exit_date IS NOT NULL
            UNION ALL
            SELECT project_id, payment_date, 0, 0, 0, amount_cents FROM expenditures WHERE project_id = @ProjectId) AS t
        GROUP BY project_id, day;

        """;

    /// <summary>Rebuilds the first placements of one project (<c>@ProjectId</c>) from its placements and target kinds.</summary>
    internal const string RebuildFirstPlacements = """
        DELETE FROM first_placements WHERE project_id = @ProjectId;
        INSERT INTO first_placements (project_id, participant_id, placement_date, sustained_6m)
        SELECT DISTINCT ON (pl.participant_id) pl.project_id, pl.participant_id, pl.placement_date, pl.sustained_6m
        FROM placements pl JOIN projects j ON j.project_id = pl.project_id
        WHERE pl.project_id = @ProjectId AND pl.kind = ANY (string_to_array(j.target_kinds, ';'))
        ORDER BY pl.participant_id, pl.placement_date,
            CASE pl.kind WHEN 'employment' THEN 0 WHEN 'apprenticeship' THEN 1 WHEN 'self_employment' THEN 2
                WHEN 'subsidised' THEN 3 ELSE 4 END;
        """;

    // A batch saved here meets the checks of the foreign keys the record tables no longer have (migration 6).
    private static readonly StoreUpserts Upserts = new(
        UpsertProgram, UpsertProject, UpsertBudgetLine, UpsertParticipant, UpsertPlacement, UpsertExpenditure, UpsertDisbursement,
        "SELECT check_record_references(@ProjectId);" + RebuildSummaries);

    /// <inheritdoc />
    public void Save(ImportBatch batch)
    {
        EnsureCurrent();
        StoreWriter.Save(_connection, Upserts, batch);
    }

    /// <inheritdoc />
    /// <remarks>Rows are copied into staging tables and merged per file (<see cref="PostgresImportSession"/>).</remarks>
    public IImportSession BeginImport()
    {
        EnsureCurrent();
        return new PostgresImportSession(_connection, TimeProvider.System.GetUtcNow());
    }
}
