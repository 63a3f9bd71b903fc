using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public class ColumnWidthCalculatorTests
{
    [Test]
    public void Width_LongestValuePlusPadding()
    {
        Assert.That(ColumnWidthCalculator.Default.Width(["1.234,56 €", "5.800.000,00 €", "-50,00 €"]), Is.EqualTo(16));
    }

    [Test]
    public void Width_ShortValues_AtLeastMin()
    {
        Assert.That(ColumnWidthCalculator.Default.Width(["w", "m"]), Is.EqualTo(6));
    }

    [Test]
    public void Width_VeryLongText_AtMostMax()
    {
        Assert.That(new ColumnWidthCalculator { Max = 40 }.Width([new string('x', 200)]), Is.EqualTo(40));
    }

    [Test]
    public void Width_BoldHeader_CountsTenPercentWider()
    {
        Assert.That(ColumnWidthCalculator.Default.Width([("Förderfähige Ausgaben", true), ("12,00 €", false)]), Is.EqualTo(26));
    }

    [Test]
    public void Characters_MultiLineText_CountsTheLongestLine()
    {
        Assert.That(ColumnWidthCalculator.Characters("Zeile eins\nzwei"), Is.EqualTo(10));
    }

    [Test]
    public void Characters_Emoji_CountsOncePerCharacter()
    {
        Assert.That(ColumnWidthCalculator.Characters("ok 👍"), Is.EqualTo(4));
    }

    [TestCase(1234.56, ExcelNumberFormats.Euro, "1.234,56 €")]
    [TestCase(-50, ExcelNumberFormats.Euro, "-50,00 €")]
    [TestCase(5800000, ExcelNumberFormats.Amount, "5.800.000,00")]
    [TestCase(0.719, ExcelNumberFormats.Percent, "71,9 %")]
    [TestCase(1234, ExcelNumberFormats.Integer, "1.234")]
    [TestCase(43312, ExcelNumberFormats.Date, "31.07.2018")]
    public void Format_OurCodes_ShowAsGermanExcelDoes(double value, string code, string shown)
    {
        Assert.That(ExcelDisplayText.Format(value, code), Is.EqualTo(shown));
    }
}
