using Npgsql;
using NpgsqlTypes;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The seven record tables as the PostgreSQL import reads and copies them, in PostgreSQL's native types.</summary>
internal sealed partial class PostgresImportSession
{
    private static PostgresColumn Text(string name) => new(name, NpgsqlDbType.Text);

    private static PostgresColumn Date(string name) => new(name, NpgsqlDbType.Date);

    private static PostgresColumn Cents(string name) => new(name, NpgsqlDbType.Bigint);

    private static PostgresColumn Int(string name) => new(name, NpgsqlDbType.Integer);

    private static PostgresColumn Flag(string name) => new(name, NpgsqlDbType.Boolean);

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static int? Int(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static bool? Flag(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetBoolean(i);

    private static string Kinds(IReadOnlySet<PlacementKind> kinds) => string.Join(';', kinds.Order().Select(k => k.Code()));

    private static IReadOnlySet<PlacementKind> Kinds(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Rows.ParseCode<PlacementKind>).ToHashSet();

    private static readonly PostgresTable<FundingProgram> ProgramTable = new(RecordKind.Programs, "programs",
        [Text("program_id"), Text("name"), Text("funder"), Text("legal_basis")], 1,
        p => [p.Id.Value, p.Name, p.Funder, p.LegalBasis],
        r => new FundingProgram(new ProgramId(r.GetString(0)), r.GetString(1), Text(r, 2), Text(r, 3)));

    private static readonly PostgresTable<Project> ProjectTable = new(RecordKind.Projects, "projects",
        [Text("project_id"), Text("program_id"), Text("name"), Text("recipient"), Text("region"), Date("start_date"), Date("end_date"),
            Cents("grant_cents"), Cents("own_funds_cents"), Cents("third_party_funds_cents"), Int("target_placements"), Int("places"),
            Text("target_kinds")], 1,
        p => [p.Id.Value, p.ProgramId.Value, p.Name, p.Recipient, p.Region, p.Runtime.Start, p.Runtime.End, p.Grant.ToCents(),
            p.OwnFunds.ToCents(), p.ThirdPartyFunds.ToCents(), p.TargetPlacements, p.Places, Kinds(p.TargetKinds)],
        r => new Project(new ProjectId(r.GetString(0)), new ProgramId(r.GetString(1)), r.GetString(2), Text(r, 3), Text(r, 4),
            new DateRange(Date(r, 5)!.Value, Date(r, 6)!.Value), Money.FromCents(r.GetInt64(7)), Money.FromCents(r.GetInt64(8)),
            Money.FromCents(r.GetInt64(9)), Int(r, 10), Int(r, 11), Kinds(r.GetString(12))));

    // The key of a budget line includes its budget year, which may be null: the unique index is on COALESCE(budget_year, 0).
    private static readonly PostgresTable<BudgetLine> BudgetLineTable = new(RecordKind.BudgetLines, "budget_lines",
        [Text("project_id"), Text("cost_category"), Int("budget_year"), Text("label"), Cents("approved_cents")], 3,
        b => [b.ProjectId.Value, b.CostCategory, b.BudgetYear, b.Label, b.Approved.ToCents()],
        r => new BudgetLine(new ProjectId(r.GetString(0)), r.GetString(1), Text(r, 3), Money.FromCents(r.GetInt64(4)), Int(r, 2)),
        "project_id, cost_category, (COALESCE(budget_year, 0))");

    private static readonly PostgresTable<Participant> ParticipantTable = new(RecordKind.Participants, "participants",
        [Text("project_id"), Text("participant_id"), Date("entry_date"), Date("exit_date"), Text("exit_reason"), Text("gender"),
            Int("birth_year"), Flag("long_term_unemployed"), Flag("refugee"), Flag("severely_disabled")], 2,
        p => [p.ProjectId.Value, p.Id.Value, p.EntryDate, p.ExitDate, p.ExitReason?.Code(), p.Gender?.Code(), p.BirthYear,
            p.LongTermUnemployed, p.Refugee, p.SeverelyDisabled],
        r => new Participant(new ProjectId(r.GetString(0)), new ParticipantId(r.GetString(1)), Date(r, 2)!.Value, Date(r, 3),
            Text(r, 4) is { } reason ? Rows.ParseCode<ExitReason>(reason) : null,
            Text(r, 5) is { } gender ? Rows.ParseCode<Gender>(gender) : null,
            Int(r, 6), Flag(r, 7), Flag(r, 8), Flag(r, 9)));

    private static readonly PostgresTable<Placement> PlacementTable = new(RecordKind.Placements, "placements",
        [Text("project_id"), Text("participant_id"), Date("placement_date"), Text("kind"), Text("sector"), Flag("sustained_6m")], 4,
        p => [p.ProjectId.Value, p.ParticipantId.Value, p.Date, p.Kind.Code(), p.Sector, p.Sustained6m],
        r => new Placement(new ProjectId(r.GetString(0)), new ParticipantId(r.GetString(1)), Date(r, 2)!.Value,
            Rows.ParseCode<PlacementKind>(r.GetString(3)), Text(r, 4), Flag(r, 5)));

    private static readonly PostgresTable<Expenditure> ExpenditureTable = new(RecordKind.Expenditures, "expenditures",
        [Text("project_id"), Text("voucher_no"), Date("payment_date"), Text("cost_category"), Cents("amount_cents"), Text("payee"),
            Text("description")], 2,
        e => [e.ProjectId.Value, e.VoucherNo, e.PaymentDate, e.CostCategory, e.Amount.ToCents(), e.Payee, e.Description],
        r => new Expenditure(new ProjectId(r.GetString(0)), r.GetString(1), Date(r, 2)!.Value, r.GetString(3),
            Money.FromCents(r.GetInt64(4)), Text(r, 5), Text(r, 6)));

    private static readonly PostgresTable<Disbursement> DisbursementTable = new(RecordKind.Disbursements, "disbursements",
        [Text("project_id"), Text("request_no"), Date("request_date"), Date("received_date"), Cents("amount_cents")], 2,
        d => [d.ProjectId.Value, d.RequestNo, d.RequestDate, d.ReceivedDate, d.Amount.ToCents()],
        r => new Disbursement(new ProjectId(r.GetString(0)), r.GetString(1), Date(r, 2), Date(r, 3), Money.FromCents(r.GetInt64(4))));
}
