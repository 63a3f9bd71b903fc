using Reporting.Core.Domain;

namespace Reporting.Core.Storage;

/// <summary>The column map of every record kind, for both backends: each column's name, the domain value it is written
/// from and its logical type, and how a stored row becomes the record again. The upserts of
/// <see cref="StoreWriter"/> and the SELECTs of <see cref="SqlStoreReader"/> are made from these maps with the
/// backend's <see cref="StoreDialect"/>; the tables are the schemas' (<see cref="SqliteMigrations"/>,
/// <see cref="PostgresMigrations"/>), which store a date as ISO text or <c>date</c> and a flag as 0/1 or
/// <c>boolean</c>. Money is stored as cents (<see cref="Money.ToCents"/>).</summary>
/// <remarks>Each map names its key columns first, on the line(s) that open its column list.</remarks>
internal static class RecordMaps
{
    /// <summary>The condition of the per-project SELECTs, with its one parameter.</summary>
    public const string OfProject = "project_id = @ProjectId";

    /// <summary>The parameter of <see cref="OfProject"/>.</summary>
    public static StoreArg ProjectArg(ProjectId project) => new("ProjectId", ColumnType.Text, project.Value);

    public static readonly RecordMap<FundingProgram> Programs = new("programs", c =>
        [
            c.Text("program_id", p => p.Id.Value, key: true),
            c.Text("name", p => p.Name),
            c.Text("funder", p => p.Funder),
            c.Text("legal_basis", p => p.LegalBasis),
        ],
        r => new FundingProgram(new ProgramId(r.Text("program_id")), r.Text("name"), r.TextOrNull("funder"), r.TextOrNull("legal_basis")),
        orderBy: ["program_id"]);

    public static readonly RecordMap<Project> Projects = new("projects", c =>
        [
            c.Project(p => p.Id),
            c.Text("program_id", p => p.ProgramId.Value),
            c.Text("name", p => p.Name),
            c.Text("recipient", p => p.Recipient),
            c.Text("region", p => p.Region),
            c.Date("start_date", p => p.Runtime.Start),
            c.Date("end_date", p => p.Runtime.End),
            c.Cents("grant_cents", p => p.Grant),
            c.Cents("own_funds_cents", p => p.OwnFunds),
            c.Cents("third_party_funds_cents", p => p.ThirdPartyFunds),
            c.Int("target_placements", p => p.TargetPlacements),
            c.Int("places", p => p.Places),
            c.Text("target_kinds", p => Rows.Kinds(p.TargetKinds)),
        ],
        r => new Project(ProjectOf(r), new ProgramId(r.Text("program_id")), r.Text("name"), r.TextOrNull("recipient"),
            r.TextOrNull("region"), new DateRange(r.Date("start_date"), r.Date("end_date")), Cents(r, "grant_cents"),
            Cents(r, "own_funds_cents"), Cents(r, "third_party_funds_cents"), r.Int("target_placements"), r.Int("places"),
            Rows.ParseKinds(r.Text("target_kinds"))),
        orderBy: ["project_id"]);

    /// <summary>Keyed by project, category and year (NULL for a plan without years, matched as 0 by the unique index
    /// of schema script 3); listed in the order first stored.</summary>
    public static readonly RecordMap<BudgetLine> BudgetLines = new("budget_lines", c =>
        [
            c.Project(b => b.ProjectId), c.Text("cost_category", b => b.CostCategory, key: true), c.NullableKey("budget_year", b => b.BudgetYear),
            c.Text("label", b => b.Label),
            c.Cents("approved_cents", b => b.Approved),
        ],
        r => new BudgetLine(ProjectOf(r), r.Text("cost_category"), r.TextOrNull("label"), Cents(r, "approved_cents"),
            r.Int("budget_year")),
        orderBy: [],
        conflictTarget: "project_id, cost_category, (COALESCE(budget_year, 0))");

    public static readonly RecordMap<Participant> Participants = new("participants", c =>
        [
            c.Project(p => p.ProjectId), c.Text("participant_id", p => p.Id.Value, key: true),
            c.Date("entry_date", p => p.EntryDate),
            c.Date("exit_date", p => p.ExitDate),
            c.Text("exit_reason", p => p.ExitReason?.Code()),
            c.Text("gender", p => p.Gender?.Code()),
            c.Int("birth_year", p => p.BirthYear),
            c.Flag("long_term_unemployed", p => p.LongTermUnemployed),
            c.Flag("refugee", p => p.Refugee),
            c.Flag("severely_disabled", p => p.SeverelyDisabled),
        ],
        r => new Participant(ProjectOf(r), ParticipantOf(r), r.Date("entry_date"), r.DateOrNull("exit_date"),
            CodeOrNull<ExitReason>(r, "exit_reason"), CodeOrNull<Gender>(r, "gender"), r.Int("birth_year"),
            r.Flag("long_term_unemployed"), r.Flag("refugee"), r.Flag("severely_disabled")),
        orderBy: ["participant_id"]);

    public static readonly RecordMap<Placement> Placements = new("placements", c =>
        [
            c.Project(p => p.ProjectId), c.Text("participant_id", p => p.ParticipantId.Value, key: true),
            c.Date("placement_date", p => p.Date, key: true), c.Text("kind", p => p.Kind.Code(), key: true),
            c.Text("sector", p => p.Sector),
            c.Flag("sustained_6m", p => p.Sustained6m),
        ],
        r => new Placement(ProjectOf(r), ParticipantOf(r), r.Date("placement_date"), Rows.ParseCode<PlacementKind>(r.Text("kind")),
            r.TextOrNull("sector"), r.Flag("sustained_6m")),
        orderBy: ["placement_date", "participant_id", "kind"]);

    public static readonly RecordMap<Expenditure> Expenditures = new("expenditures", c =>
        [
            c.Project(e => e.ProjectId), c.Text("voucher_no", e => e.VoucherNo, key: true),
            c.Date("payment_date", e => e.PaymentDate),
            c.Text("cost_category", e => e.CostCategory),
            c.Cents("amount_cents", e => e.Amount),
            c.Text("payee", e => e.Payee),
            c.Text("description", e => e.Description),
        ],
        r => new Expenditure(ProjectOf(r), r.Text("voucher_no"), r.Date("payment_date"), r.Text("cost_category"),
            Cents(r, "amount_cents"), r.TextOrNull("payee"), r.TextOrNull("description")),
        orderBy: ["payment_date", "voucher_no"]);

    public static readonly RecordMap<Disbursement> Disbursements = new("disbursements", c =>
        [
            c.Project(d => d.ProjectId), c.Text("request_no", d => d.RequestNo, key: true),
            c.Date("request_date", d => d.RequestDate),
            c.Date("received_date", d => d.ReceivedDate),
            c.Cents("amount_cents", d => d.Amount),
        ],
        r => new Disbursement(ProjectOf(r), r.Text("request_no"), r.DateOrNull("request_date"), r.DateOrNull("received_date"),
            Cents(r, "amount_cents")),
        orderBy: ["request_no"]);

    /// <summary>The received disbursements as the tallies read them (<see cref="StoreReadQueries.TallyDisbursements"/>).</summary>
    public static readonly RecordMap<ReceivedAmount> Received = new("disbursements", c =>
        [
            c.Project(d => new ProjectId(d.ProjectId)),
            c.Date("received_date", d => d.ReceivedDate),
            c.Long("amount_cents", d => d.AmountCents),
        ],
        r => new ReceivedAmount(r.Text("project_id"), r.Date("received_date"), r.Long("amount_cents")),
        orderBy: []);

    private static ProjectId ProjectOf(StoredRow r) => new(r.Text("project_id"));

    private static ParticipantId ParticipantOf(StoredRow r) => new(r.Text("participant_id"));

    private static Money Cents(StoredRow r, string column) => Money.FromCents(r.Long(column));

    private static T? CodeOrNull<T>(StoredRow r, string column) where T : struct, Enum =>
        r.TextOrNull(column) is { } code ? Rows.ParseCode<T>(code) : null;
}

/// <summary>A disbursement's receipt as the tallies need it (<see cref="RecordMaps.Received"/>).</summary>
internal sealed record ReceivedAmount(string ProjectId, DateOnly ReceivedDate, long AmountCents);
