using System.Text;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

/// <summary>Input that used to slip through or crash: out-of-range dates and amounts, files mixing encodings.</summary>
public class InputHardeningTests
{
    [Test]
    public void Amount_BeyondOneBillion_IsALineColumnError()
    {
        var outcome = Validate(Utf8("ausgaben.csv", Lines("Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag",
            "SCLA;B1;01.09.2017;Personal;99999999999999999999,99", "SCLA;B2;01.09.2017;Personal;-1.000.000.000,01",
            "SCLA;B3;01.09.2017;Personal;1.000.000.000,00")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "ausgaben.csv line 2, column Betrag: '99999999999999999999,99' is outside the amounts accepted (at most 1.000.000.000,00 € either way)",
            "ausgaben.csv line 3, column Betrag: '-1.000.000.000,01' is outside the amounts accepted (at most 1.000.000.000,00 € either way)",
        }));
    }

    [Test]
    public void Amount_TooManyDigitsForAnyNumber_IsNotANumber()
    {
        var result = CellParsers.Money(new string('9', 40), ';');

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("is not a number"));
    }

    [TestCase("31.12.9999")]
    [TestCase("1989-12-31")]
    [TestCase("01.01.2101")]
    public void Date_OutsideTheAcceptedRange_IsAnError(string text)
    {
        var result = CellParsers.Date(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Is.EqualTo($"'{text}' is outside the dates accepted (1990-01-01 to 2100-12-31)"));
    }

    [TestCase("1990-01-01")]
    [TestCase("31.12.2100")]
    public void Date_AtTheEdgesOfTheRange_IsAccepted(string text) =>
        Assert.That(CellParsers.Date(text).Success, Is.True);

    [Test]
    public void Project_EndingInYear9999_IsRefusedWithItsLine()
    {
        var outcome = Validate(Utf8("projekte.csv", Lines("Projekt-ID;Programm-ID;Beginn;Ende;Zuwendung", "NEU;P-LAND;01.01.2020;31.12.9999;1000")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projekte.csv line 2, column Ende: '31.12.9999' is outside the dates accepted (1990-01-01 to 2100-12-31)",
        }));
    }

    [Test]
    public void Utf8File_LaterLineWithWindows1252Bytes_IsAnErrorNamingThatLine()
    {
        var head = Encoding.UTF8.GetBytes("Projekt-ID;Teilnehmer-ID;Eintritt;Geschlecht\nSCLA;TN-Ä;01.09.2017;w\n");
        var tail = TextDecoder.Windows1252.GetBytes("SCLA;TN-Ö;01.09.2017;w\nSCLA;TN-3;01.09.2017;w\n");
        var outcome = Validate(new ImportFile("teilnehmende.csv", head.Concat(tail).ToArray()));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[] { "teilnehmende.csv line 3: " + ImportMessages.NotUtf8 }));
    }

    [Test]
    public void File_FirstNonAsciiBytesNotUtf8_IsReadAsWindows1252Throughout()
    {
        var bytes = TextDecoder.Windows1252.GetBytes("Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA;TN-Ä;01.09.2017\nSCLA;TN-ß;01.09.2017\n");

        var outcome = Validate(new ImportFile("teilnehmende.csv", bytes));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Batch.Participants.Select(p => p.Id.Value), Is.EqualTo(new[] { "TN-Ä", "TN-ß" }));
    }

    [Test]
    public void Utf8WithBom_LaterInvalidBytes_AreNotReinterpreted()
    {
        var bytes = new UTF8Encoding(true).GetPreamble()
            .Concat(Encoding.ASCII.GetBytes("Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA;TN-1;01.09.2017\n"))
            .Concat(TextDecoder.Windows1252.GetBytes("SCLA;TN-ü;01.09.2017\n")).ToArray();

        var outcome = Validate(new ImportFile("teilnehmende.csv", bytes));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[] { "teilnehmende.csv line 3: " + ImportMessages.NotUtf8 }));
    }
}
