using Reporting.Core.Domain;
using Reporting.Core.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    [Test]
    public void Project_UnknownProgram_IsAnError()
    {
        var outcome = Validate(Utf8("projects.csv", Lines(
            "Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-BUND;01.01.2018;31.12.2018;100")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projects.csv line 2, column Programm-ID: program 'P-BUND' does not exist (neither in the database nor in this import)",
        }));
    }

    [Test]
    public void Validate_FilesGivenInAnyOrder_AreCheckedInDependencyOrder()
    {
        var outcome = Validate(
            Utf8("placements.csv", Lines("Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", "NEU;TN-1;01.06.2018;svB")),
            Utf8("expenditures.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "NEU;B-1;01.02.2018;Personal;100")),
            Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "NEU;TN-1;01.03.2018")),
            Utf8("budget.csv", Lines("Projekt-ID;Kostenart;Bewilligt", "NEU;Personal;1000")),
            Utf8("projects.csv", Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-BUND;01.01.2018;31.12.2018;1000")),
            Utf8("programs.csv", Lines("Programm-ID;Programm;Mittelgeber", "P-BUND;Bundesprogramm;Bund")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Files.Select(f => (f.Name, f.Rows)), Is.EqualTo(new[]
        {
            ("placements.csv", 1), ("expenditures.csv", 1), ("participants.csv", 1), ("budget.csv", 1), ("projects.csv", 1), ("programs.csv", 1),
        }));
        Assert.That(outcome.Batch.Count, Is.EqualTo(6));
    }

    [Test]
    public void Records_UnknownProject_IsAnErrorInEveryKind()
    {
        var outcome = Validate(
            Utf8("budget.csv", Lines("Projekt-ID;Kostenart;Bewilligt", "XX;Personal;1000")),
            Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "XX;TN-1;01.03.2018")),
            Utf8("expenditures.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "XX;B-1;01.02.2018;Personal;100")),
            Utf8("disbursements.csv", Lines("Projekt-ID;Abruf-Nr.;Betrag", "XX;A-1;100")));

        const string Unknown = "column Projekt-ID: project 'XX' does not exist (neither in the database nor in this import)";
        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            $"budget.csv line 2, {Unknown}",
            $"participants.csv line 2, {Unknown}",
            $"expenditures.csv line 2, {Unknown}",
            $"disbursements.csv line 2, {Unknown}",
        }));
    }

    [Test]
    public void Placement_ParticipantOfAnotherProject_IsAnError()
    {
        var outcome = Validate(
            Utf8("projects.csv", Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-LAND;01.01.2018;31.12.2018;1000")),
            Utf8("placements.csv", Lines("Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", "NEU;TN-001;01.06.2018;svB")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "placements.csv line 2, column Teilnehmer-ID: participant 'TN-001' does not exist in project 'NEU'",
        }));
    }

    [Test]
    public void Placement_ParticipantFromDatabase_IsFound()
    {
        var outcome = Validate(Utf8("placements.csv", Lines(
            "project_id;participant_id;placement_date;kind;sector;sustained_6m", "SCLA;TN-001;2018-02-01;Ausbildung;Pflege;")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Placements.Single(), Is.EqualTo(new Placement(
            new ProjectId("SCLA"), new ParticipantId("TN-001"), new DateOnly(2018, 2, 1), PlacementKind.Apprenticeship, "Pflege", null)));
    }

    [Test]
    public void Expenditure_CostCategoryNotABudgetLine_IsAnError()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;01.02.2018;Reisen;100")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 2, column Kostenart: cost category 'Reisen' is not a budget line of project 'SCLA'",
        }));
    }

    [Test]
    public void Expenditure_CostCategoryFromBudgetFileOfSameImport_IsFound()
    {
        var outcome = Validate(
            Utf8("expenditures.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;01.02.2018;Reisen;100")),
            Utf8("budget.csv", Lines("Projekt-ID;Kostenart;Bewilligt", "SCLA;Reisen;5.000")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.BudgetLines.Single().Approved, Is.EqualTo(Money.Euros(5000m)));
    }

    [Test]
    public void Duplicates_SameKeyTwiceInOneFile_NamesTheOtherLine()
    {
        var outcome = Validate(Utf8("participants.csv", Lines(
            "Projekt-ID;Teilnehmer-ID;Eintritt",
            "SCLA;TN-100;01.09.2017",
            "SCLA;TN-101;01.09.2017",
            "SCLA;TN-100;01.10.2017")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 4, column Teilnehmer-ID: participant 'TN-100' of project 'SCLA' appears twice; also on line 2",
        }));
    }

    [Test]
    public void Duplicates_SameKeyInTwoFilesOfOneImport_NamesTheOtherFile()
    {
        var outcome = Validate(
            Utf8("a.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;01.02.2018;Personal;100")),
            Utf8("b.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;01.02.2018;Personal;100")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "b.csv line 2, column Belegnummer: voucher 'B-1' of project 'SCLA' appears twice; also on a.csv line 2",
        }));
    }

    [Test]
    public void Duplicates_KeyAlreadyInDatabase_IsAReplacementNotAnError()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt;Austritt", "SCLA;TN-001;01.08.2017;31.12.2017")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Participants.Single().ExitDate, Is.EqualTo(new DateOnly(2017, 12, 31)));
    }

    [Test]
    public void Reference_ToARowRejectedEarlierInTheImport_PointsAtThatRow()
    {
        var outcome = Validate(
            Utf8("projects.csv", Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-LAND;01.01.2018;31.12.2018;viel")),
            Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "NEU;TN-1;01.03.2018")),
            Utf8("placements.csv", Lines("Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", "SCLA;TN-9;01.03.2018;svB")),
            Utf8("participants2.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-9;31.06.2018")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projects.csv line 2, column Zuwendung: 'viel' is not a number",
            "participants.csv line 2, column Projekt-ID: project 'NEU' is not imported because its own row has problems (projects.csv line 2)",
            "placements.csv line 2, column Teilnehmer-ID: participant 'TN-9' of project 'SCLA' is not imported because its own row has problems (participants2.csv line 2)",
            "participants2.csv line 2, column Eintritt: '31.06.2018' is not a date (expected 2018-07-31 or 31.07.2018)",
        }));
    }
}
