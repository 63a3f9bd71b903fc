using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    [TestCase("participant_id;project_id;entry_date", TestName = "English names")]
    [TestCase("Teilnehmer-ID;Projekt-ID;Eintritt", TestName = "German names")]
    [TestCase("PARTICIPANT ID;Project-Id;Entry.Date", TestName = "Case, spaces, dash and dot ignored")]
    [TestCase("teilnehmer_id;projekt id;EINTRITT", TestName = "German with underscore and space")]
    public void Header_ColumnNames_MatchEnglishOrGermanLoosely(string header)
    {
        var outcome = Validate(Utf8("p.csv", Lines(header, "TN-100;SCLA;01.09.2017")));

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Batch.Participants.Single().Id, Is.EqualTo(new ParticipantId("TN-100")));
    }

    [Test]
    public void Header_UnknownColumn_IsAWarningAndTheRowIsImported()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt;Bemerkung", "SCLA;TN-100;01.09.2017;egal")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.EqualTo(new[] { "participants.csv line 1, column Bemerkung: unknown column, ignored" }));
        Assert.That(outcome.Batch.Participants, Has.Count.EqualTo(1));
    }

    [Test]
    public void Header_MissingRequiredColumn_NewRecordIsAnErrorNamingTheLineAndBothNames()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Austritt", "SCLA;TN-100;01.09.2017")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 2: participant 'TN-100' of project 'SCLA' is not in the database, and a new record needs the column(s) entry_date (Eintritt)",
        }));
        Assert.That(outcome.Batch.Count, Is.Zero);
    }

    [Test]
    public void Header_MissingKeyColumn_IsAnErrorOnLine1NamingBothNames()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Eintritt", "SCLA;01.09.2017"), RecordKind.Participants));

        Assert.That(outcome.Problems.Rendered(),
            Is.EqualTo(new[] { "participants.csv line 1: required column participant_id (Teilnehmer-ID) is missing" }));
    }

    [Test]
    public void Header_SameColumnTwice_IsAnError()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt;entry_date", "SCLA;TN-100;01.09.2017;01.09.2017")));

        Assert.That(outcome.Problems.Rendered(),
            Is.EqualTo(new[] { "participants.csv line 1, column entry_date: the same column as 'Eintritt'" }));
    }

    [TestCase("project_id;voucher_no;payment_date;cost_category;amount", RecordKind.Expenditures)]
    [TestCase("Projekt-ID;Abruf-Nr.;Betrag", RecordKind.Disbursements)]
    [TestCase("Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art", RecordKind.Placements)]
    [TestCase("project_id;participant_id;entry_date", RecordKind.Participants)]
    [TestCase("Projekt-ID;Kostenart;Bewilligt", RecordKind.BudgetLines)]
    [TestCase("project_id;program_id;grant_amount", RecordKind.Projects)]
    [TestCase("Projekt-ID;Beginn", RecordKind.Projects)]
    [TestCase("Programm-ID;Programm;Mittelgeber", RecordKind.Programs)]
    [TestCase("funder;name", RecordKind.Programs)]
    public void Recognise_DistinctiveColumns_GiveTheKind(string header, RecordKind expected)
    {
        Assert.That(ImportSchema.Recognise(header.Split(';')), Is.EqualTo(expected));
    }

    [Test]
    public void Validate_UnrecognisableHeader_IsAClearError()
    {
        var outcome = Validate(Utf8("daten.csv", Lines("Name;Ort", "A;B")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "daten.csv line 1: cannot tell which kind of records this file holds from its header (Name;Ort); "
                + "name the kind on the command line, e.g. 'import participants FILE'",
        }));
        Assert.That(outcome.Files.Single().Kind, Is.Null);
    }

    [Test]
    public void Validate_ExplicitKind_OverridesRecognition()
    {
        var outcome = Validate(Utf8("x.csv", Lines("project_id;participant_id;entry_date", "SCLA;TN-100;2017-09-01"), RecordKind.Expenditures));

        Assert.That(outcome.Files.Single().Kind, Is.EqualTo(RecordKind.Expenditures));
        Assert.That(outcome.Problems.Rendered(), Does.Contain("x.csv line 1: required column voucher_no (Belegnummer) is missing"));
    }

    [Test]
    public void Validate_EmptyFile_IsAnError()
    {
        var outcome = Validate(Utf8("leer.csv", ""));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[] { "leer.csv line 1: the file is empty; expected a header line" }));
    }

    [Test]
    public void Validate_CommaDelimitedFile_ReadsDotDecimals()
    {
        var outcome = Validate(Utf8("budget.csv", Lines(
            "project_id,cost_category,label,approved_amount",
            "SCLA,Reisekosten,\"Reisen, Fahrten\",12500.50")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.BudgetLines.Single(),
            Is.EqualTo(new BudgetLine(new ProjectId("SCLA"), "Reisekosten", "Reisen, Fahrten", Money.Euros(12_500.50m))));
    }

    [Test]
    public void Validate_RowWithMoreCellsThanHeader_IsAnError()
    {
        var outcome = Validate(Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "SCLA;TN-100;01.09.2017;zuviel")));

        Assert.That(outcome.Problems.Rendered(),
            Is.EqualTo(new[] { "participants.csv line 2: the row has 4 cells but the header has 3" }));
    }

    [Test]
    public void Validate_EmbeddedNewlineInQuotedCell_LaterProblemsNameThePhysicalLine()
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag;Verwendungszweck",
            "SCLA;B-1;01.09.2017;Personal;100,00;\"Gehalt\nSeptember\n2017\"",
            "SCLA;B-2;31.09.2017;Personal;100,00;Gehalt")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 5, column Zahlungsdatum: '31.09.2017' is not a date (expected 2018-07-31 or 31.07.2018)",
        }));
    }

    [Test]
    public void Validate_UnclosedQuote_IsAnErrorOnTheLineItOpened()
    {
        var outcome = Validate(Utf8("programs.csv", Lines("Programm-ID;Programm", "P-1;Eins", "P-2;\"Zwei", "P-3;Drei")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "programs.csv line 3: a quoted cell opened here is never closed (missing '\"')",
        }));
    }

    [Test]
    public void Validate_HeaderOnly_IsAWarningAndImportsNothing()
    {
        var outcome = Validate(Utf8("programs.csv", Lines("Programm-ID;Programm")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.EqualTo(new[] { "programs.csv line 1: the file has a header but no data rows" }));
        Assert.That(outcome.Files.Single().Rows, Is.Zero);
    }
}
