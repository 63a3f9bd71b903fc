using Reporting.Core.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

public partial class CsvImporterTests
{
    private const string Expenditures = "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag;{0};Verwendungszweck";

    [TestCase("Empfnger", "Empfänger", "payee", TestName = "Letter left out")]
    [TestCase("EmpfÃ¤nger", "Empfänger", "payee", TestName = "UTF-8 read as Windows-1252")]
    [TestCase("Empf\uFFFDnger", "Empfänger", "payee", TestName = "Undecodable letter")]
    [TestCase("Empfaenger", "Empfänger", "payee", TestName = "Umlaut spelt out")]
    [TestCase("Emfpänger", "Empfänger", "payee", TestName = "Two letters swapped")]
    [TestCase("payees", "payee", "Empfänger", TestName = "English name with a letter more")]
    public void Header_ColumnLookingLikeAKnownOne_IsAnErrorOnLineOneNamingIt(string header, string name, string other)
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(string.Format(System.Globalization.CultureInfo.InvariantCulture, Expenditures, header),
            "SCLA;B-1;01.09.2017;Personal;10,00;Stadt;Miete")));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            $"expenditures.csv line 1, column {header}: column '{header}' looks like '{name}' ({other}); fix the header",
        }));
    }

    [TestCase("Bemerkung", TestName = "Unrelated name")]
    [TestCase("Kosten", TestName = "Far from every name")]
    [TestCase("Arts", TestName = "Short name")]
    public void Header_UnknownColumnNotLikeAnyKnownOne_StaysAWarning(string header)
    {
        var outcome = Validate(Utf8("expenditures.csv", Lines(string.Format(System.Globalization.CultureInfo.InvariantCulture, Expenditures, "Empfänger") + ";" + header,
            "SCLA;B-1;01.09.2017;Personal;10,00;Stadt;Miete;x")));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.Warnings.Rendered(), Is.EqualTo(new[] { $"expenditures.csv line 1, column {header}: unknown column, ignored" }));
    }

    [TestCase("empfnger", "empfänger", 1)]
    [TestCase("emfpänger", "empfänger", 1)]
    [TestCase("empfaenger", "empfänger", 2)]
    [TestCase("abc", "abc", 0)]
    [TestCase("", "abc", 3)]
    public void Distance_RestrictedDamerauLevenshtein(string a, string b, int expected)
    {
        Assert.That(ColumnLookalike.Distance(a, b), Is.EqualTo(expected));
    }
}
