using Reporting.Core.Domain;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    private static string[] ParticipantProblems(string row) =>
        Validate(Utf8("participants.csv", Lines(ParticipantHeader, row))).Problems.Rendered();

    [Test]
    public void Participant_ExitBeforeEntry_IsAnError()
    {
        Assert.That(ParticipantProblems("SCLA;TN-100;01.09.2017;31.08.2017;Abbruch;;;;;"), Is.EqualTo(new[]
        {
            "participants.csv line 2, column Austritt: '31.08.2017' is before the entry date 2017-09-01",
        }));
    }

    [Test]
    public void Participant_ExitOnEntryDay_IsFine()
    {
        Assert.That(ParticipantProblems("SCLA;TN-100;01.09.2017;01.09.2017;Abbruch;;;;;"), Is.Empty);
    }

    [TestCase("30.06.2017", TestName = "Day before project start")]
    [TestCase("01.10.2019", TestName = "Day after project end")]
    public void Participant_EntryOutsideRuntime_IsAnError(string entry)
    {
        Assert.That(ParticipantProblems($"SCLA;TN-100;{entry};;;;;;;"), Is.EqualTo(new[]
        {
            $"participants.csv line 2, column Eintritt: '{entry}' is outside the runtime of project 'SCLA' (2017-07-01 to 2019-09-30)",
        }));
    }

    [TestCase("01.07.2017", TestName = "On project start")]
    [TestCase("30.09.2019", TestName = "On project end")]
    public void Participant_EntryOnRuntimeBoundary_IsFine(string entry)
    {
        Assert.That(ParticipantProblems($"SCLA;TN-100;{entry};;;;;;;"), Is.Empty);
    }

    [TestCase("1929", TestName = "Before 1930")]
    [TestCase("2004", TestName = "Younger than 14 in the entry year")]
    public void Participant_BirthYearImplausible_IsAnError(string year)
    {
        Assert.That(ParticipantProblems($"SCLA;TN-100;01.09.2017;;;;{year};;;"), Is.EqualTo(new[]
        {
            $"participants.csv line 2, column Geburtsjahr: '{year}' is not plausible (expected 1930 to 2003, the entry year minus 14)",
        }));
    }

    [TestCase("1930")]
    [TestCase("2003")]
    public void Participant_BirthYearOnBoundary_IsFine(string year)
    {
        Assert.That(ParticipantProblems($"SCLA;TN-100;01.09.2017;;;;{year};;;"), Is.Empty);
    }

    [Test]
    public void Participant_ExitReasonWithoutExitDate_IsAnError()
    {
        Assert.That(ParticipantProblems("SCLA;TN-100;01.09.2017;;Vermittlung;;;;;"), Is.EqualTo(new[]
        {
            "participants.csv line 2, column Austrittsgrund: an exit reason needs an exit date",
        }));
    }

    [Test]
    public void Placement_BeforeEntry_IsAnError()
    {
        var outcome = Validate(Utf8("placements.csv", Lines(
            "Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", "SCLA;TN-001;31.07.2017;svB")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "placements.csv line 2, column Vermittlungsdatum: '31.07.2017' is before the participant's entry date 2017-08-01",
        }));
    }

    [Test]
    public void Project_EndBeforeStart_IsAnError()
    {
        var outcome = Validate(Utf8("projects.csv", Lines(
            "Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-LAND;01.01.2019;31.12.2018;100")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projects.csv line 2, column Ende: '31.12.2018' is before the start date 2019-01-01",
        }));
    }

    [Test]
    public void Project_NegativeGrant_IsAnError()
    {
        var outcome = Validate(Utf8("projects.csv", Lines(
            "Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-LAND;01.01.2018;31.12.2018;-1")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[] { "projects.csv line 2, column Zuwendung: '-1' must not be negative" }));
    }

    [Test]
    public void Expenditure_AfterProjectEnd_IsAnError()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;01.10.2019;Personal;100")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 2, column Zahlungsdatum: '01.10.2019' is after the end of project 'SCLA' (2019-09-30)",
        }));
    }

    [Test]
    public void Expenditure_BeforeProjectStart_IsOnlyAWarning()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag", "SCLA;B-1;30.06.2017;Personal;100")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 2, column Zahlungsdatum: '30.06.2017' is before the start of project 'SCLA' (2017-07-01)",
        }));
        Assert.That(outcome.Batch.Expenditures.Single().PaymentDate, Is.EqualTo(new DateOnly(2017, 6, 30)));
    }

    [Test]
    public void Participant_ProjectReimportedWithEarlierStart_EntryCheckedAgainstNewRuntime()
    {
        var outcome = Validate(
            Utf8("projects.csv", Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "SCLA;P-LAND;01.01.2017;30.09.2019;100")),
            Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-100;01.02.2017")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Projects.Single().Runtime.Start, Is.EqualTo(new DateOnly(2017, 1, 1)));
    }
}
