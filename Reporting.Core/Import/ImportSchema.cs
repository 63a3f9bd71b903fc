using Reporting.Core.Storage;

namespace Reporting.Core.Import;

/// <summary>The columns of each record kind (docs/import.md). Key columns are required.</summary>
internal static class ImportSchema
{
    public static readonly ColumnSpec ProgramId = new("program_id", "Programm-ID", true);
    public static readonly ColumnSpec ProgramName = new("name", "Programm");
    public static readonly ColumnSpec Funder = new("funder", "Mittelgeber");
    public static readonly ColumnSpec LegalBasis = new("legal_basis", "Rechtsgrundlage");

    public static readonly ColumnSpec ProjectId = new("project_id", "Projekt-ID", true);
    public static readonly ColumnSpec ProjectName = new("name", "Projektname");
    public static readonly ColumnSpec Recipient = new("recipient", "Zuwendungsempfänger");
    public static readonly ColumnSpec Region = new("region", "Region");
    public static readonly ColumnSpec StartDate = new("start_date", "Beginn", true);
    public static readonly ColumnSpec EndDate = new("end_date", "Ende", true);
    public static readonly ColumnSpec GrantAmount = new("grant_amount", "Zuwendung", true);
    public static readonly ColumnSpec OwnFunds = new("own_funds", "Eigenmittel");
    public static readonly ColumnSpec ThirdPartyFunds = new("third_party_funds", "Drittmittel");
    public static readonly ColumnSpec TargetPlacements = new("target_placements", "Zielwert Vermittlungen");
    public static readonly ColumnSpec Places = new("places", "Plätze");
    public static readonly ColumnSpec TargetKinds = new("target_kinds", "Zielarten");

    public static readonly ColumnSpec CostCategory = new("cost_category", "Kostenart", true);
    public static readonly ColumnSpec Label = new("label", "Bezeichnung");
    public static readonly ColumnSpec ApprovedAmount = new("approved_amount", "Bewilligt", true);
    public static readonly ColumnSpec BudgetYear = new("budget_year", "Haushaltsjahr");

    public static readonly ColumnSpec ParticipantId = new("participant_id", "Teilnehmer-ID", true);
    public static readonly ColumnSpec EntryDate = new("entry_date", "Eintritt", true);
    public static readonly ColumnSpec ExitDate = new("exit_date", "Austritt");
    public static readonly ColumnSpec ExitReason = new("exit_reason", "Austrittsgrund");
    public static readonly ColumnSpec Gender = new("gender", "Geschlecht");
    public static readonly ColumnSpec BirthYear = new("birth_year", "Geburtsjahr");
    public static readonly ColumnSpec LongTermUnemployed = new("long_term_unemployed", "langzeitarbeitslos");
    public static readonly ColumnSpec Refugee = new("refugee", "geflüchtet");
    public static readonly ColumnSpec SeverelyDisabled = new("severely_disabled", "schwerbehindert");

    public static readonly ColumnSpec PlacementDate = new("placement_date", "Vermittlungsdatum", true);
    public static readonly ColumnSpec PlacementKind = new("kind", "Art", true);
    public static readonly ColumnSpec Sector = new("sector", "Branche");
    public static readonly ColumnSpec Sustained6m = new("sustained_6m", "nachhaltig");

    public static readonly ColumnSpec VoucherNo = new("voucher_no", "Belegnummer", true);
    public static readonly ColumnSpec PaymentDate = new("payment_date", "Zahlungsdatum", true);
    public static readonly ColumnSpec Amount = new("amount", "Betrag", true);
    public static readonly ColumnSpec Payee = new("payee", "Empfänger");
    public static readonly ColumnSpec Description = new("description", "Verwendungszweck");

    public static readonly ColumnSpec RequestNo = new("request_no", "Abruf-Nr.", true);
    public static readonly ColumnSpec RequestDate = new("request_date", "Abrufdatum");
    public static readonly ColumnSpec ReceivedDate = new("received_date", "Eingangsdatum");

    /// <summary>The columns of <paramref name="kind"/>, in the documented order.</summary>
    public static IReadOnlyList<ColumnSpec> Columns(RecordKind kind) => kind switch
    {
        RecordKind.Programs => [ProgramId, ProgramName, Funder, LegalBasis],
        RecordKind.Projects =>
        [
            ProjectId, ProgramId, ProjectName, Recipient, Region, StartDate, EndDate, GrantAmount, OwnFunds,
            ThirdPartyFunds, TargetPlacements, Places, TargetKinds,
        ],
        RecordKind.BudgetLines => [ProjectId, CostCategory, Label, ApprovedAmount, BudgetYear],
        RecordKind.Participants =>
        [
            ProjectId, ParticipantId, EntryDate, ExitDate, ExitReason, Gender, BirthYear, LongTermUnemployed,
            Refugee, SeverelyDisabled,
        ],
        RecordKind.Placements => [ProjectId, ParticipantId, PlacementDate, PlacementKind, Sector, Sustained6m],
        RecordKind.Expenditures => [ProjectId, VoucherNo, PaymentDate, CostCategory, Amount, Payee, Description],
        RecordKind.Disbursements => [ProjectId, RequestNo, RequestDate, ReceivedDate, Amount],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The columns that identify a record of <paramref name="kind"/>; a file without them cannot be read.</summary>
    public static IReadOnlyList<ColumnSpec> Keys(RecordKind kind) => kind switch
    {
        RecordKind.Programs => [ProgramId],
        RecordKind.Projects => [ProjectId],
        RecordKind.BudgetLines => [ProjectId, CostCategory],
        RecordKind.Participants => [ProjectId, ParticipantId],
        RecordKind.Placements => [ProjectId, ParticipantId, PlacementDate, PlacementKind],
        RecordKind.Expenditures => [ProjectId, VoucherNo],
        RecordKind.Disbursements => [ProjectId, RequestNo],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The kind whose distinctive columns the header has: voucher_no → expenditures, request_no → disbursements,
    /// placement_date → placements, participant_id → participants, approved_amount → budget_lines,
    /// grant_amount or start_date → projects, program_id or funder without project_id → programs. Null when none fits.
    /// </summary>
    public static RecordKind? Recognise(IEnumerable<string> header)
    {
        var cells = header.ToArray();
        bool Has(ColumnSpec c) => cells.Any(c.Matches);
        if (Has(VoucherNo)) return RecordKind.Expenditures;
        if (Has(RequestNo)) return RecordKind.Disbursements;
        if (Has(PlacementDate)) return RecordKind.Placements;
        if (Has(ParticipantId)) return RecordKind.Participants;
        if (Has(ApprovedAmount)) return RecordKind.BudgetLines;
        if (Has(GrantAmount) || Has(StartDate)) return RecordKind.Projects;
        if (!Has(ProjectId) && (Has(ProgramId) || Has(Funder))) return RecordKind.Programs;
        return null;
    }
}
