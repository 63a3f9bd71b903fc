using Reporting.Core.Domain;
using Reporting.Core.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    private const string ParticipantHeader =
        "Projekt-ID;Teilnehmer-ID;Eintritt;Austritt;Austrittsgrund;Geschlecht;Geburtsjahr;langzeitarbeitslos;geflüchtet;schwerbehindert";

    [Test]
    public void Participant_AllColumnsGerman_AreReadIntoTheRecord()
    {
        var outcome = Validate(Utf8("participants.csv", Lines(ParticipantHeader,
            "SCLA;TN-100;1.9.2017;2018-03-31;Vermittlung;w;1975;ja;nein;x")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Participants.Single(), Is.EqualTo(new Participant(
            new ProjectId("SCLA"), new ParticipantId("TN-100"), new DateOnly(2017, 9, 1), new DateOnly(2018, 3, 31),
            ExitReason.Placement, Gender.Female, 1975, true, false, true)));
    }

    [Test]
    public void Participant_EmptyOptionalCells_AreNotKnownNotZeroOrFalse()
    {
        var outcome = Validate(Utf8("participants.csv", Lines(ParticipantHeader, "SCLA;TN-100;01.09.2017;;;;;;;")));

        Assert.That(outcome.Batch.Participants.Single(), Is.EqualTo(new Participant(
            new ProjectId("SCLA"), new ParticipantId("TN-100"), new DateOnly(2017, 9, 1), null, null, null, null, null, null, null)));
    }

    [Test]
    public void Participant_BadCells_EachReportedWithLineAndColumn()
    {
        var outcome = Validate(Utf8("participants.csv", Lines(ParticipantHeader,
            "SCLA;TN-100;01.09.2017;;;;;;;",
            "SCLA;TN-101;31.02.2018;;;q;19x5;vielleicht;;")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 3, column Eintritt: '31.02.2018' is not a date (expected 2018-07-31 or 31.07.2018)",
            "participants.csv line 3, column Geschlecht: 'q' is not a gender (expected f, m, d, x or w)",
            "participants.csv line 3, column Geburtsjahr: '19x5' is not a number",
            "participants.csv line 3, column langzeitarbeitslos: 'vielleicht' is not yes/no (expected ja/nein, yes/no, true/false, j/n, 1/0 or x)",
        }));
        Assert.That(outcome.Batch.Count, Is.Zero, "one bad row: nothing of the import");
    }

    [Test]
    public void Participant_MissingRequiredCell_SaysAValueIsRequired()
    {
        var outcome = Validate(Utf8("participants.csv", Lines(ParticipantHeader, "SCLA; ;01.09.2017;;;;;;;")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[] { "participants.csv line 2, column Teilnehmer-ID: a value is required" }));
    }

    [Test]
    public void Project_Defaults_OwnFundsZeroTargetKindsEmploymentAndApprenticeshipNameIsId()
    {
        var outcome = Validate(Utf8("projects.csv", Lines(
            "project_id;program_id;name;start_date;end_date;grant_amount;own_funds;target_placements;places;target_kinds",
            "NEU;P-LAND;;2018-01-01;2018-12-31;100.000,00;;;;")));

        Assert.That(outcome.Problems, Is.Empty);
        var project = outcome.Batch.Projects.Single();
        Assert.That(project.Name, Is.EqualTo("NEU"));
        Assert.That(project.Grant, Is.EqualTo(Money.Euros(100_000m)));
        Assert.That(project.OwnFunds, Is.EqualTo(Money.Zero));
        Assert.That(project.ThirdPartyFunds, Is.EqualTo(Money.Zero));
        Assert.That(project.TargetPlacements, Is.Null);
        Assert.That(project.Places, Is.Null);
        Assert.That(project.TargetKinds, Is.EquivalentTo(new[] { PlacementKind.Employment, PlacementKind.Apprenticeship }));
    }

    [Test]
    public void Project_AllColumnsGerman_AreReadIntoTheRecord()
    {
        var outcome = Validate(Utf8("projekte.csv", Lines(
            "Projekt-ID;Programm-ID;Projektname;Zuwendungsempfänger;Region;Beginn;Ende;Zuwendung;Eigenmittel;Drittmittel;Zielwert Vermittlungen;Plätze;Zielarten",
            "NEU;P-LAND;Neustart;Stadt Hagen;Hagen;01.01.2018;31.12.2019;1.500;250,50;0;1.200;80;\"svB;Ausbildung;Selbständigkeit\"")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        var p = outcome.Batch.Projects.Single();
        Assert.That(p with { TargetKinds = Project.DefaultTargetKinds }, Is.EqualTo(new Project(
            new ProjectId("NEU"), new ProgramId("P-LAND"), "Neustart", "Stadt Hagen", "Hagen",
            new DateRange(new DateOnly(2018, 1, 1), new DateOnly(2019, 12, 31)), Money.Euros(1500m), Money.Euros(250.50m),
            Money.Zero, 1200, 80, Project.DefaultTargetKinds)));
        Assert.That(p.TargetKinds, Is.EquivalentTo(new[] { PlacementKind.Employment, PlacementKind.Apprenticeship, PlacementKind.SelfEmployment }));
    }

    [Test]
    public void Expenditure_NegativeAmount_IsARefund()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag",
            "SCLA;B-9;15.03.2018;Personal;-1.234,56")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Expenditures.Single().Amount, Is.EqualTo(Money.Euros(-1234.56m)));
    }

    [Test]
    public void Amounts_NegativeOutsideExpenditures_AreErrors()
    {
        var outcome = Validate(
            Utf8("budget.csv", Lines("Projekt-ID;Kostenart;Bewilligt", "SCLA;Reisen;-100")),
            Utf8("abrufe.csv", Lines("Projekt-ID;Abruf-Nr.;Betrag", "SCLA;A-1;-5,00")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "budget.csv line 2, column Bewilligt: '-100' must not be negative",
            "abrufe.csv line 2, column Betrag: '-5,00' must not be negative",
        }));
    }

    [Test]
    public void Amount_ThreeDecimals_IsAnErrorNeverRounded()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-9;15.03.2018;Personal;10,005")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 2, column Betrag: '10,005' has more than two decimals (amounts are never rounded)",
        }));
    }

    [Test]
    public void TextCells_FormulaLooking_AreStoredUnchanged()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag;Empfänger;Verwendungszweck",
            "SCLA;B-1;15.03.2018;Personal;-10,00;=HYPERLINK(\"x\");@SUM(A1)",
            "SCLA;B-2;15.03.2018;Personal;5;\"\tTab GmbH\";+49 231 1234",
            "SCLA;B-3;15.03.2018;Personal;5;-Minus AG;\"\rCR\"")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Batch.Expenditures.Select(e => (e.Payee, e.Description)), Is.EqualTo(new (string?, string?)[]
        {
            ("=HYPERLINK(\"x\")", "@SUM(A1)"),
            ("\tTab GmbH", "+49 231 1234"),
            ("-Minus AG", "\rCR"),
        }));
        Assert.That(outcome.Batch.Expenditures[0].Amount, Is.EqualTo(Money.Euros(-10m)), "a negative number is still a number");
    }

    [Test]
    public void Program_EmptyName_UsesTheId()
    {
        var outcome = Validate(Utf8("programs.csv", Lines("program_id,name,funder,legal_basis", "P-KOMM,,Kommune,")));

        Assert.That(outcome.Batch.Programs.Single(), Is.EqualTo(new FundingProgram(new ProgramId("P-KOMM"), "P-KOMM", "Kommune", null)));
    }

    [Test]
    public void Project_NegativeOrFractionalTarget_IsAnError()
    {
        var outcome = Validate(Utf8("projects.csv", Lines(
            "Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung;Zielwert Vermittlungen;Plätze",
            "NEU;P-LAND;01.01.2018;31.12.2018;100;-5;7,5")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projects.csv line 2, column Zielwert Vermittlungen: '-5' must not be negative",
            "projects.csv line 2, column Plätze: '7,5' is not a whole number",
        }));
    }

    [Test]
    public void Disbursement_AllColumns_AreReadIntoTheRecord()
    {
        var outcome = Validate(Utf8("disbursements.csv", Lines(
            "project_id,request_no,request_date,received_date,amount", "SCLA,A-7,2018-07-01,,1450000.00")));

        Assert.That(outcome.Batch.Disbursements.Single(), Is.EqualTo(new Disbursement(
            new ProjectId("SCLA"), "A-7", new DateOnly(2018, 7, 1), null, Money.Euros(1_450_000m))));
    }

    [Test]
    public void Message_CellWithLineBreak_StaysOnOneLine()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-1;\"31.07.\n2018\"")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 2, column Eintritt: '31.07.\\n2018' is not a date (expected 2018-07-31 or 31.07.2018)",
        }));
    }

    [Test]
    public void Message_LongCell_IsCutAfter60Characters()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-1;" + new string('9', 100))));

        Assert.That(outcome.Problems.Single().Message, Is.EqualTo($"'{new string('9', 60)}…' is not a date (expected 2018-07-31 or 31.07.2018)"));
    }
}
