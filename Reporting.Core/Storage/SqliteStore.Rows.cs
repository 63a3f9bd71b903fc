using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Core.Storage;

/// <summary>Flat rows with SQLite-native types (TEXT, INTEGER), mapped explicitly to and from the domain.
/// Dapper binds their properties by name; no type handlers are registered. <see cref="PostgresStore"/> saves through
/// them too (its upserts cast the ISO date text to DATE and the 0/1 flags to BOOLEAN) and reads its own native rows.</summary>
public static class Rows
{
    private const string DateFormat = GermanFormat.IsoDatePattern;

    public static string Date(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? d) => d is { } v ? Date(v) : null;

    public static DateOnly Date(string s) => DateOnly.ParseExact(s, DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? NullableDate(string? s) => s is null ? null : Date(s);

    public static long? Flag(bool? b) => b is null ? null : b.Value ? 1 : 0;

    public static bool? Flag(long? v) => v is null ? null : v.Value != 0;

    public static ProgramRow From(FundingProgram p) => new()
    {
        Id = p.Id.Value, Name = p.Name, Funder = p.Funder, LegalBasis = p.LegalBasis,
    };

    public static ProjectRow From(Project p) => new()
    {
        Id = p.Id.Value,
        ProgramId = p.ProgramId.Value,
        Name = p.Name,
        Recipient = p.Recipient,
        Region = p.Region,
        StartDate = Date(p.Runtime.Start),
        EndDate = Date(p.Runtime.End),
        GrantCents = p.Grant.ToCents(),
        OwnFundsCents = p.OwnFunds.ToCents(),
        ThirdPartyFundsCents = p.ThirdPartyFunds.ToCents(),
        TargetPlacements = p.TargetPlacements,
        Places = p.Places,
        TargetKinds = string.Join(';', p.TargetKinds.OrderBy(k => k).Select(k => k.Code())),
    };

    public static BudgetLineRow From(BudgetLine b) => new()
    {
        ProjectId = b.ProjectId.Value, CostCategory = b.CostCategory, Label = b.Label, ApprovedCents = b.Approved.ToCents(),
        BudgetYear = b.BudgetYear,
    };

    public static ParticipantRow From(Participant p) => new()
    {
        ProjectId = p.ProjectId.Value,
        Id = p.Id.Value,
        EntryDate = Date(p.EntryDate),
        ExitDate = Date(p.ExitDate),
        ExitReason = p.ExitReason?.Code(),
        Gender = p.Gender?.Code(),
        BirthYear = p.BirthYear,
        LongTermUnemployed = Flag(p.LongTermUnemployed),
        Refugee = Flag(p.Refugee),
        SeverelyDisabled = Flag(p.SeverelyDisabled),
    };

    public static PlacementRow From(Placement p) => new()
    {
        ProjectId = p.ProjectId.Value,
        ParticipantId = p.ParticipantId.Value,
        Date = Date(p.Date),
        Kind = p.Kind.Code(),
        Sector = p.Sector,
        Sustained6m = Flag(p.Sustained6m),
    };

    public static ExpenditureRow From(Expenditure e) => new()
    {
        ProjectId = e.ProjectId.Value,
        VoucherNo = e.VoucherNo,
        PaymentDate = Date(e.PaymentDate),
        CostCategory = e.CostCategory,
        AmountCents = e.Amount.ToCents(),
        Payee = e.Payee,
        Description = e.Description,
    };

    public static DisbursementRow From(Disbursement d) => new()
    {
        ProjectId = d.ProjectId.Value,
        RequestNo = d.RequestNo,
        RequestDate = Date(d.RequestDate),
        ReceivedDate = Date(d.ReceivedDate),
        AmountCents = d.Amount.ToCents(),
    };

    public static T ParseCode<T>(string code) where T : struct, Enum =>
        Enum.GetValues<T>().Single(v => CodeOf(v) == code);

    private static string CodeOf<T>(T value) where T : struct, Enum => value switch
    {
        PlacementKind k => k.Code(),
        ExitReason r => r.Code(),
        Gender g => g.Code(),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}

public sealed class ProgramRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Funder { get; set; }
    public string? LegalBasis { get; set; }

    public FundingProgram ToDomain() => new(new ProgramId(Id), Name, Funder, LegalBasis);
}

public sealed class ProjectRow
{
    public string Id { get; set; } = "";
    public string ProgramId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Recipient { get; set; }
    public string? Region { get; set; }
    public string StartDate { get; set; } = "";
    public string EndDate { get; set; } = "";
    public long GrantCents { get; set; }
    public long OwnFundsCents { get; set; }
    public long ThirdPartyFundsCents { get; set; }
    public long? TargetPlacements { get; set; }
    public long? Places { get; set; }
    public string TargetKinds { get; set; } = "";

    public Project ToDomain() => new(
        new ProjectId(Id),
        new ProgramId(ProgramId),
        Name,
        Recipient,
        Region,
        new DateRange(Rows.Date(StartDate), Rows.Date(EndDate)),
        Money.FromCents(GrantCents),
        Money.FromCents(OwnFundsCents),
        Money.FromCents(ThirdPartyFundsCents),
        TargetPlacements is null ? null : checked((int)TargetPlacements.Value),
        Places is null ? null : checked((int)Places.Value),
        TargetKinds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Rows.ParseCode<PlacementKind>).ToHashSet());
}

public sealed class BudgetLineRow
{
    public string ProjectId { get; set; } = "";
    public string CostCategory { get; set; } = "";
    public string? Label { get; set; }
    public long ApprovedCents { get; set; }
    public long? BudgetYear { get; set; }

    public BudgetLine ToDomain() => new(new ProjectId(ProjectId), CostCategory, Label, Money.FromCents(ApprovedCents),
        BudgetYear is null ? null : checked((int)BudgetYear.Value));
}

public sealed class ParticipantRow
{
    public string ProjectId { get; set; } = "";
    public string Id { get; set; } = "";
    public string EntryDate { get; set; } = "";
    public string? ExitDate { get; set; }
    public string? ExitReason { get; set; }
    public string? Gender { get; set; }
    public long? BirthYear { get; set; }
    public long? LongTermUnemployed { get; set; }
    public long? Refugee { get; set; }
    public long? SeverelyDisabled { get; set; }

    public Participant ToDomain() => new(
        new ProjectId(ProjectId),
        new ParticipantId(Id),
        Rows.Date(EntryDate),
        Rows.NullableDate(ExitDate),
        ExitReason is null ? null : Rows.ParseCode<Domain.ExitReason>(ExitReason),
        Gender is null ? null : Rows.ParseCode<Domain.Gender>(Gender),
        BirthYear is null ? null : checked((int)BirthYear.Value),
        Rows.Flag(LongTermUnemployed),
        Rows.Flag(Refugee),
        Rows.Flag(SeverelyDisabled));
}

public sealed class PlacementRow
{
    public string ProjectId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public string Date { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Sector { get; set; }
    public long? Sustained6m { get; set; }

    public Placement ToDomain() => new(
        new ProjectId(ProjectId),
        new ParticipantId(ParticipantId),
        Rows.Date(Date),
        Rows.ParseCode<PlacementKind>(Kind),
        Sector,
        Rows.Flag(Sustained6m));
}

public sealed class ExpenditureRow
{
    public string ProjectId { get; set; } = "";
    public string VoucherNo { get; set; } = "";
    public string PaymentDate { get; set; } = "";
    public string CostCategory { get; set; } = "";
    public long AmountCents { get; set; }
    public string? Payee { get; set; }
    public string? Description { get; set; }

    public Expenditure ToDomain() => new(
        new ProjectId(ProjectId), VoucherNo, Rows.Date(PaymentDate), CostCategory, Money.FromCents(AmountCents), Payee, Description);
}

public sealed class DisbursementRow
{
    public string ProjectId { get; set; } = "";
    public string RequestNo { get; set; } = "";
    public string? RequestDate { get; set; }
    public string? ReceivedDate { get; set; }
    public long AmountCents { get; set; }

    public Disbursement ToDomain() => new(
        new ProjectId(ProjectId), RequestNo, Rows.NullableDate(RequestDate), Rows.NullableDate(ReceivedDate), Money.FromCents(AmountCents));
}
