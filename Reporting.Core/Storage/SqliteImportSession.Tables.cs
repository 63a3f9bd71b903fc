using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

internal sealed partial class SqliteImportSession
{
    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : checked((int)r.GetInt64(i));

    private static string Kinds(IReadOnlySet<PlacementKind> kinds) => string.Join(';', kinds.Order().Select(k => k.Code()));

    private static IReadOnlySet<PlacementKind> Kinds(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Rows.ParseCode<PlacementKind>).ToHashSet();

    private SqliteTable<FundingProgram> Programs(long run) => new(_connection, _tx, "programs",
        ["program_id", "name", "funder", "legal_basis"], 1,
        (s, p) => { s.Text(1, p.Id.Value); s.Text(2, p.Name); s.Text(3, p.Funder); s.Text(4, p.LegalBasis); },
        k => [k.A],
        (k, r) => new FundingProgram(new ProgramId(k.A), r.GetString(0), Text(r, 1), Text(r, 2)), run);

    private SqliteTable<Project> Projects(long run) => new(_connection, _tx, "projects",
        ["project_id", "program_id", "name", "recipient", "region", "start_date", "end_date", "grant_cents", "own_funds_cents",
            "third_party_funds_cents", "target_placements", "places", "target_kinds"], 1,
        (s, p) =>
        {
            s.Text(1, p.Id.Value); s.Text(2, p.ProgramId.Value); s.Text(3, p.Name); s.Text(4, p.Recipient); s.Text(5, p.Region);
            s.Date(6, p.Runtime.Start); s.Date(7, p.Runtime.End); s.Integer(8, p.Grant.ToCents()); s.Integer(9, p.OwnFunds.ToCents());
            s.Integer(10, p.ThirdPartyFunds.ToCents()); s.Integer(11, p.TargetPlacements); s.Integer(12, p.Places);
            s.Text(13, Kinds(p.TargetKinds));
        },
        k => [k.A],
        (k, r) => new Project(new ProjectId(k.A), new ProgramId(r.GetString(0)), r.GetString(1), Text(r, 2), Text(r, 3),
            new DateRange(Rows.Date(r.GetString(4)), Rows.Date(r.GetString(5))), Money.FromCents(r.GetInt64(6)),
            Money.FromCents(r.GetInt64(7)), Money.FromCents(r.GetInt64(8)), Int(r, 9), Int(r, 10), Kinds(r.GetString(11))), run);

    private SqliteTable<BudgetLine> BudgetLines(long run) => new(_connection, _tx, "budget_lines",
        ["project_id", "cost_category", "budget_year", "label", "approved_cents"], 3,
        (s, b) => { s.Text(1, b.ProjectId.Value); s.Text(2, b.CostCategory); s.Integer(3, b.BudgetYear); s.Text(4, b.Label); s.Integer(5, b.Approved.ToCents()); },
        k => [k.A, k.B, k.BudgetYear],
        (k, r) => new BudgetLine(new ProjectId(k.A), k.B!, Text(r, 0), Money.FromCents(r.GetInt64(1)), k.BudgetYear), run,
        nullableKey: "budget_year");

    private SqliteTable<Participant> Participants(long run) => new(_connection, _tx, "participants",
        ["project_id", "participant_id", "entry_date", "exit_date", "exit_reason", "gender", "birth_year", "long_term_unemployed",
            "refugee", "severely_disabled"], 2,
        (s, p) =>
        {
            s.Text(1, p.ProjectId.Value); s.Text(2, p.Id.Value); s.Date(3, p.EntryDate); s.Date(4, p.ExitDate);
            s.Text(5, p.ExitReason?.Code()); s.Text(6, p.Gender?.Code()); s.Integer(7, p.BirthYear);
            s.Integer(8, Rows.Flag(p.LongTermUnemployed)); s.Integer(9, Rows.Flag(p.Refugee)); s.Integer(10, Rows.Flag(p.SeverelyDisabled));
        },
        k => [k.A, k.B],
        (k, r) => new Participant(new ProjectId(k.A), new ParticipantId(k.B!), Rows.Date(r.GetString(0)), Rows.NullableDate(Text(r, 1)),
            Text(r, 2) is { } reason ? Rows.ParseCode<ExitReason>(reason) : null,
            Text(r, 3) is { } gender ? Rows.ParseCode<Gender>(gender) : null,
            Int(r, 4), Rows.Flag(Long(r, 5)), Rows.Flag(Long(r, 6)), Rows.Flag(Long(r, 7))), run);

    private SqliteTable<Placement> Placements(long run) => new(_connection, _tx, "placements",
        ["project_id", "participant_id", "placement_date", "kind", "sector", "sustained_6m"], 4,
        (s, p) =>
        {
            s.Text(1, p.ProjectId.Value); s.Text(2, p.ParticipantId.Value); s.Date(3, p.Date); s.Text(4, p.Kind.Code());
            s.Text(5, p.Sector); s.Integer(6, Rows.Flag(p.Sustained6m));
        },
        k => [k.A, k.B, k.C, k.D],
        (k, r) => new Placement(new ProjectId(k.A), new ParticipantId(k.B!), Rows.Date(k.C!), Rows.ParseCode<PlacementKind>(k.D!),
            Text(r, 0), Rows.Flag(Long(r, 1))), run);

    private SqliteTable<Expenditure> Expenditures(long run) => new(_connection, _tx, "expenditures",
        ["project_id", "voucher_no", "payment_date", "cost_category", "amount_cents", "payee", "description"], 2,
        (s, e) =>
        {
            s.Text(1, e.ProjectId.Value); s.Text(2, e.VoucherNo); s.Date(3, e.PaymentDate); s.Text(4, e.CostCategory);
            s.Integer(5, e.Amount.ToCents()); s.Text(6, e.Payee); s.Text(7, e.Description);
        },
        k => [k.A, k.B],
        (k, r) => new Expenditure(new ProjectId(k.A), k.B!, Rows.Date(r.GetString(0)), r.GetString(1), Money.FromCents(r.GetInt64(2)),
            Text(r, 3), Text(r, 4)), run);

    private SqliteTable<Disbursement> Disbursements(long run) => new(_connection, _tx, "disbursements",
        ["project_id", "request_no", "request_date", "received_date", "amount_cents"], 2,
        (s, d) =>
        {
            s.Text(1, d.ProjectId.Value); s.Text(2, d.RequestNo); s.Date(3, d.RequestDate); s.Date(4, d.ReceivedDate);
            s.Integer(5, d.Amount.ToCents());
        },
        k => [k.A, k.B],
        (k, r) => new Disbursement(new ProjectId(k.A), k.B!, Rows.NullableDate(Text(r, 0)), Rows.NullableDate(Text(r, 1)),
            Money.FromCents(r.GetInt64(2))), run);
}
