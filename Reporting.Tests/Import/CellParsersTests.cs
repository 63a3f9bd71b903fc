using Reporting.Core.Domain;
using Reporting.Core.Import;

namespace Reporting.Tests.Import;

public class CellParsersTests
{
    [TestCase("5800000")]
    [TestCase("5800000.00")]
    [TestCase("5.800.000,00")]
    [TestCase("5800000,00")]
    [TestCase("5.800.000")]
    [TestCase(" 5.800.000,00 ")]
    public void Money_SemicolonFile_AllSpellingsMeanTheSameAmount(string text)
    {
        Assert.That(CellParsers.Money(text, ';').Value, Is.EqualTo(Money.Euros(5_800_000m)));
    }

    [TestCase("1.500", 1500, TestName = "Dot before three digits is a thousands separator")]
    [TestCase("1.50", 1.5, TestName = "Dot before two digits is a decimal point")]
    [TestCase("1.5", 1.5, TestName = "Dot before one digit is a decimal point")]
    [TestCase("1.234.567,8", 1234567.8, TestName = "Thousands and decimal comma")]
    [TestCase("-1.234,56", -1234.56, TestName = "Negative with thousands")]
    [TestCase("-250,00", -250, TestName = "Negative with decimal comma")]
    [TestCase("0,05", 0.05, TestName = "Cents only")]
    public void Money_SemicolonFile_ReadsSeparatorsByPosition(string text, decimal expected)
    {
        Assert.That(CellParsers.Money(text, ';').Value, Is.EqualTo(Money.Euros(expected)));
    }

    [TestCase("5800000", 5800000)]
    [TestCase("5800000.00", 5800000)]
    [TestCase("1.5", 1.5)]
    [TestCase("-12.30", -12.3)]
    public void Money_CommaFile_DotIsAlwaysTheDecimalPoint(string text, decimal expected)
    {
        Assert.That(CellParsers.Money(text, ',').Value, Is.EqualTo(Money.Euros(expected)));
    }

    [TestCase("1,50", ',', TestName = "Comma file has no decimal comma")]
    [TestCase("1.500.000", ',', TestName = "Comma file has no thousands separator")]
    [TestCase("12a", ';', TestName = "Letters")]
    [TestCase("1.50.000", ';', TestName = "Broken groups")]
    [TestCase("1,5,0", ';', TestName = "Two commas")]
    [TestCase("1.500,00.5", ';', TestName = "Dot after comma")]
    [TestCase("€ 5", ';', TestName = "Currency sign")]
    public void Money_Malformed_IsNotANumber(string text, char delimiter)
    {
        Assert.That(CellParsers.Money(text, delimiter).Error, Is.EqualTo($"'{text}' is not a number"));
    }

    [TestCase("1234,567", ';')]
    [TestCase("1,500", ';')]
    [TestCase("1234.567", ';')]
    [TestCase("0.001", ',')]
    public void Money_MoreThanTwoDecimals_IsAnErrorNotRounded(string text, char delimiter)
    {
        Assert.That(CellParsers.Money(text, delimiter).Error, Is.EqualTo($"'{text}' has more than two decimals (amounts are never rounded)"));
    }

    [TestCase("1975", ';', 1975)]
    [TestCase("1.500", ';', 1500)]
    [TestCase("12,0", ';', 12)]
    [TestCase("210", ',', 210)]
    public void Integer_SameFormatsAsAmounts_AreWholeNumbers(string text, char delimiter, int expected)
    {
        Assert.That(CellParsers.Integer(text, delimiter).Value, Is.EqualTo(expected));
    }

    [Test]
    public void Integer_Fraction_IsNotAWholeNumber()
    {
        Assert.That(CellParsers.Integer("12,5", ';').Error, Is.EqualTo("'12,5' is not a whole number"));
    }

    [TestCase("2018-07-31")]
    [TestCase("31.07.2018")]
    public void Date_IsoAndGerman_AreAccepted(string text)
    {
        Assert.That(CellParsers.Date(text).Value, Is.EqualTo(new DateOnly(2018, 7, 31)));
    }

    [Test]
    public void Date_GermanWithoutLeadingZeros_IsAccepted()
    {
        Assert.That(CellParsers.Date("1.7.2018").Value, Is.EqualTo(new DateOnly(2018, 7, 1)));
    }

    [TestCase("31.02.2018")]
    [TestCase("2018-02-30")]
    [TestCase("07/31/2018")]
    [TestCase("31.07.18")]
    [TestCase("2018-7-31 12:00")]
    public void Date_Invalid_IsNotADate(string text)
    {
        Assert.That(CellParsers.Date(text).Error, Is.EqualTo($"'{text}' is not a date (expected 2018-07-31 or 31.07.2018)"));
    }

    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("yes", true)]
    [TestCase("ja", true)]
    [TestCase("J", true)]
    [TestCase("1", true)]
    [TestCase("x", true)]
    [TestCase("X", true)]
    [TestCase("false", false)]
    [TestCase("no", false)]
    [TestCase("Nein", false)]
    [TestCase("n", false)]
    [TestCase("0", false)]
    public void Boolean_AllSpellings_AreRead(string text, bool expected)
    {
        Assert.That(CellParsers.Boolean(text).Value, Is.EqualTo(expected));
    }

    [Test]
    public void Boolean_Unknown_SaysWhatIsExpected()
    {
        Assert.That(CellParsers.Boolean("vielleicht").Error,
            Is.EqualTo("'vielleicht' is not yes/no (expected ja/nein, yes/no, true/false, j/n, 1/0 or x)"));
    }

    [TestCase("placement", ExitReason.Placement)]
    [TestCase("Vermittlung", ExitReason.Placement)]
    [TestCase("training", ExitReason.Training)]
    [TestCase("Qualifizierung", ExitReason.Training)]
    [TestCase("dropout", ExitReason.Dropout)]
    [TestCase("ABBRUCH", ExitReason.Dropout)]
    [TestCase("other", ExitReason.Other)]
    [TestCase("Sonstiges", ExitReason.Other)]
    public void ExitReason_EnglishAndGermanWords_AreRead(string text, ExitReason expected)
    {
        Assert.That(CellParsers.ExitReason(text).Value, Is.EqualTo(expected));
    }

    [TestCase("f", Gender.Female)]
    [TestCase("w", Gender.Female)]
    [TestCase("W", Gender.Female)]
    [TestCase("weiblich", Gender.Female)]
    [TestCase("m", Gender.Male)]
    [TestCase("männlich", Gender.Male)]
    [TestCase("d", Gender.Diverse)]
    [TestCase("divers", Gender.Diverse)]
    [TestCase("x", Gender.X)]
    public void Gender_EnglishAndGermanWords_AreRead(string text, Gender expected)
    {
        Assert.That(CellParsers.Gender(text).Value, Is.EqualTo(expected));
    }

    [TestCase("employment", PlacementKind.Employment)]
    [TestCase("svB", PlacementKind.Employment)]
    [TestCase("sozialversicherungspflichtig", PlacementKind.Employment)]
    [TestCase("Sozialversicherungspflichtige Beschäftigung", PlacementKind.Employment)]
    [TestCase("Beschäftigung", PlacementKind.Employment)]
    [TestCase("apprenticeship", PlacementKind.Apprenticeship)]
    [TestCase("Ausbildung", PlacementKind.Apprenticeship)]
    [TestCase("self_employment", PlacementKind.SelfEmployment)]
    [TestCase("Selbständigkeit", PlacementKind.SelfEmployment)]
    [TestCase("Selbstständigkeit", PlacementKind.SelfEmployment)]
    [TestCase("subsidised", PlacementKind.Subsidised)]
    [TestCase("geförderte Beschäftigung", PlacementKind.Subsidised)]
    [TestCase("gefördert", PlacementKind.Subsidised)]
    [TestCase("other", PlacementKind.Other)]
    [TestCase("Sonstige", PlacementKind.Other)]
    [TestCase("Sonstiges", PlacementKind.Other)]
    public void PlacementKind_EnglishAndGermanWords_AreRead(string text, PlacementKind expected)
    {
        Assert.That(CellParsers.PlacementKind(text).Value, Is.EqualTo(expected));
    }

    [TestCase("employment;apprenticeship")]
    [TestCase("svB, Ausbildung")]
    public void PlacementKinds_SeparatedBySemicolonOrComma(string text)
    {
        Assert.That(CellParsers.PlacementKinds(text).Value,
            Is.EquivalentTo(new[] { PlacementKind.Employment, PlacementKind.Apprenticeship }));
    }
}
