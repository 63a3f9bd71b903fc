using System.Data;
using Dapper;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The rows PostgreSQL's SELECTs return, with its native types: <c>date</c> as <see cref="DateOnly"/> (Npgsql's
/// default mapping), <c>boolean</c> as <see cref="bool"/>, <c>integer</c> as <see cref="int"/>, <c>bigint</c> as
/// <see cref="long"/>; each mapped explicitly to the domain. Programs and budget lines have no dates or flags and use the
/// shared rows of <see cref="Rows"/>. Saving still goes through the shared text rows (the upserts cast them).</summary>
internal sealed partial class PostgresStore
{
    private static readonly StoreRowMapping NativeRows = new(
        AsOfDate,
        StoreRowMapping.Map<ProgramRow, FundingProgram>(r => r.ToDomain()),
        StoreRowMapping.Map<PgProjectRow, Project>(r => r.ToDomain()),
        StoreRowMapping.Map<BudgetLineRow, BudgetLine>(r => r.ToDomain()),
        StoreRowMapping.Map<PgParticipantRow, Participant>(r => r.ToDomain()),
        StoreRowMapping.Map<PgPlacementRow, Placement>(r => r.ToDomain()),
        StoreRowMapping.Map<PgExpenditureRow, Expenditure>(r => r.ToDomain()),
        StoreRowMapping.Map<PgDisbursementRow, Disbursement>(r => r.ToDomain()),
        StoreRowMapping.Map<PgReceivedRow, ReceivedAmount>(r => new ReceivedAmount(r.ProjectId, r.ReceivedDate, r.AmountCents)));

    /// <summary><c>@AsOf</c> as a <c>date</c> parameter (Dapper does not infer a type for <see cref="DateOnly"/>; Npgsql
    /// takes it as DbType.Date).</summary>
    private static DynamicParameters AsOfDate(DateOnly asOf)
    {
        var args = new DynamicParameters();
        args.Add("AsOf", asOf, DbType.Date);
        return args;
    }

    private sealed class PgProjectRow
    {
        public string Id { get; set; } = "";
        public string ProgramId { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Recipient { get; set; }
        public string? Region { get; set; }
        public DateOnly StartDate { get; set; }
        public DateOnly EndDate { get; set; }
        public long GrantCents { get; set; }
        public long OwnFundsCents { get; set; }
        public long ThirdPartyFundsCents { get; set; }
        public int? TargetPlacements { get; set; }
        public int? Places { get; set; }
        public string TargetKinds { get; set; } = "";

        public Project ToDomain() => new(
            new ProjectId(Id),
            new ProgramId(ProgramId),
            Name,
            Recipient,
            Region,
            new DateRange(StartDate, EndDate),
            Money.FromCents(GrantCents),
            Money.FromCents(OwnFundsCents),
            Money.FromCents(ThirdPartyFundsCents),
            TargetPlacements,
            Places,
            TargetKinds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Rows.ParseCode<PlacementKind>).ToHashSet());
    }

    private sealed class PgParticipantRow
    {
        public string ProjectId { get; set; } = "";
        public string Id { get; set; } = "";
        public DateOnly EntryDate { get; set; }
        public DateOnly? ExitDate { get; set; }
        public string? ExitReason { get; set; }
        public string? Gender { get; set; }
        public int? BirthYear { get; set; }
        public bool? LongTermUnemployed { get; set; }
        public bool? Refugee { get; set; }
        public bool? SeverelyDisabled { get; set; }

        public Participant ToDomain() => new(
            new ProjectId(ProjectId),
            new ParticipantId(Id),
            EntryDate,
            ExitDate,
            ExitReason is null ? null : Rows.ParseCode<Domain.ExitReason>(ExitReason),
            Gender is null ? null : Rows.ParseCode<Domain.Gender>(Gender),
            BirthYear,
            LongTermUnemployed,
            Refugee,
            SeverelyDisabled);
    }

    private sealed class PgPlacementRow
    {
        public string ProjectId { get; set; } = "";
        public string ParticipantId { get; set; } = "";
        public DateOnly Date { get; set; }
        public string Kind { get; set; } = "";
        public string? Sector { get; set; }
        public bool? Sustained6m { get; set; }

        public Placement ToDomain() => new(
            new ProjectId(ProjectId),
            new ParticipantId(ParticipantId),
            Date,
            Rows.ParseCode<PlacementKind>(Kind),
            Sector,
            Sustained6m);
    }

    private sealed class PgExpenditureRow
    {
        public string ProjectId { get; set; } = "";
        public string VoucherNo { get; set; } = "";
        public DateOnly PaymentDate { get; set; }
        public string CostCategory { get; set; } = "";
        public long AmountCents { get; set; }
        public string? Payee { get; set; }
        public string? Description { get; set; }

        public Expenditure ToDomain() => new(
            new ProjectId(ProjectId), VoucherNo, PaymentDate, CostCategory, Money.FromCents(AmountCents), Payee, Description);
    }

    private sealed class PgDisbursementRow
    {
        public string ProjectId { get; set; } = "";
        public string RequestNo { get; set; } = "";
        public DateOnly? RequestDate { get; set; }
        public DateOnly? ReceivedDate { get; set; }
        public long AmountCents { get; set; }

        public Disbursement ToDomain() => new(
            new ProjectId(ProjectId), RequestNo, RequestDate, ReceivedDate, Money.FromCents(AmountCents));
    }

    private sealed class PgReceivedRow
    {
        public string ProjectId { get; set; } = "";
        public DateOnly ReceivedDate { get; set; }
        public long AmountCents { get; set; }
    }
}
