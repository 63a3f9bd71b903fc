using Reporting.Core.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

/// <summary>Participant data stays pseudonymous: columns of personal data and ids that read like names or e-mail
/// addresses are refused with file, line and column (docs/import.md, "Data protection").</summary>
public partial class CsvImporterTests
{
    [TestCase("Name", "a name")]
    [TestCase("Vorname", "a name")]
    [TestCase("Nachname", "a name")]
    [TestCase("NACHNAME", "a name")]
    [TestCase("Familienname", "a name")]
    [TestCase("Geburtsname", "a name")]
    [TestCase("Nachname des Teilnehmers", "a name")]
    [TestCase("first name", "a name")]
    [TestCase("Last_Name", "a name")]
    [TestCase("surname", "a name")]
    [TestCase("Straße", "an address")]
    [TestCase("Strasse", "an address")]
    [TestCase("Hausnummer", "an address")]
    [TestCase("Adresse", "an address")]
    [TestCase("Anschrift", "an address")]
    [TestCase("PLZ", "an address")]
    [TestCase("PLZ/Ort", "an address")]
    [TestCase("Street address", "an address")]
    [TestCase("Geburtsdatum", "a date of birth")]
    [TestCase("Geb.-Datum", "a date of birth")]
    [TestCase("Date of birth", "a date of birth")]
    [TestCase("DOB", "a date of birth")]
    [TestCase("Telefon", "a phone number")]
    [TestCase("Telefon (privat)", "a phone number")]
    [TestCase("Handy", "a phone number")]
    [TestCase("Mobil", "a phone number")]
    [TestCase("phone", "a phone number")]
    [TestCase("E-Mail", "an e-mail address")]
    [TestCase("e-mail-adresse", "an e-mail address")]
    [TestCase("Mail", "an e-mail address")]
    [TestCase("email", "an e-mail address")]
    public void Header_PersonalDataColumn_IsRefusedOnLineOneNamingTheColumn(string header, string what)
    {
        var outcome = Validate(Utf8("teilnehmende.csv", Lines($"Projekt-ID;Teilnehmer-ID;Eintritt;{header}", "SCLA;TN-100;01.09.2017;x")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            $"teilnehmende.csv line 1, column {header}: {PersonalData.ColumnMessage(what)}",
        }));
        Assert.That(outcome.Batch.Participants, Is.Empty);
    }

    [Test]
    public void Header_PersonalDataColumnInAFileOfAnotherKind_IsRefusedToo()
    {
        var outcome = Validate(Utf8("ausgaben.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag;E-Mail", "SCLA;B-1;01.09.2017;Personal;10,00;a@b.de")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            $"ausgaben.csv line 1, column E-Mail: {PersonalData.ColumnMessage("an e-mail address")}",
        }));
    }

    [TestCase("Geburtsjahr", TestName = "Birth year (a known column)")]
    [TestCase("Bemerkung", TestName = "Unrelated column")]
    [TestCase("Programmname", TestName = "A word ending in name")]
    public void Header_ColumnThatIsNoPersonalData_IsNotRefused(string header)
    {
        var outcome = Validate(Utf8("teilnehmende.csv", Lines($"Projekt-ID;Teilnehmer-ID;Eintritt;{header}", "SCLA;TN-100;01.09.2017;1980")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
    }

    [Test]
    public void Header_NameOfAProject_IsTheKnownColumnAndAccepted()
    {
        Assert.That(PersonalData.Kind("name"), Is.EqualTo("a name"), "a name column of participants would be refused");

        var outcome = Validate(Utf8("projekte.csv", Lines(
            "project_id;program_id;name;start_date;end_date;grant_amount", "NEU;P-LAND;Neues Projekt;2018-01-01;2018-12-31;1000")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Batch.Projects.Single().Name, Is.EqualTo("Neues Projekt"));
    }

    [TestCase("anna.mueller@example.org", "an e-mail address")]
    [TestCase("Müller, Anna", "a person's name")]
    [TestCase("Anna Müller", "a person's name")]
    [TestCase("Hans-Peter Meier", "a person's name")]
    public void ParticipantId_LooksLikePersonalData_IsRefusedWithFileLineAndColumn(string id, string what)
    {
        var outcome = Validate(Utf8("teilnehmende.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-100;01.09.2017", $"SCLA;\"{id}\";01.09.2017")));

        Assert.That(outcome.Problems.Rendered(), Has.Length.EqualTo(1));
        Assert.That(outcome.Problems.Rendered()[0], Does.StartWith($"teilnehmende.csv line 3, column Teilnehmer-ID: data protection: the participant id looks like {what}"));
        Assert.That(outcome.Problems.Rendered()[0], Does.Not.Contain(id), "the message does not repeat the personal data");
    }

    [Test]
    public void ParticipantId_EMailInAPlacementsFile_IsRefused()
    {
        var outcome = Validate(Utf8("vermittlungen.csv", Lines(
            "Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", "SCLA;anna@example.org;01.09.2017;Beschäftigung")));

        Assert.That(outcome.Problems.Rendered(), Has.Some.StartWith(
            "vermittlungen.csv line 2, column Teilnehmer-ID: data protection: the participant id looks like an e-mail address"));
    }

    [TestCase("TN-000123")]
    [TestCase("DO-0001")]
    [TestCase("A")]
    [TestCase("Kunde 4711")]
    [TestCase("ANNA MUELLER")]
    public void ParticipantId_Pseudonym_IsAccepted(string id) =>
        Assert.That(PersonalData.IdProblem(id), Is.Null);
}
