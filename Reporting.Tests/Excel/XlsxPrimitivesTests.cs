using Reporting.Core.Excel;

namespace Reporting.Tests.Excel;

public class XlsxPrimitivesTests
{
    [TestCase(1900, 3, 1, 61)]
    [TestCase(2018, 7, 31, 43312)]
    [TestCase(2000, 1, 1, 36526)]
    public void ToSerial_Date_IsExcelsSerial(int year, int month, int day, int serial)
    {
        Assert.That(ExcelDate.ToSerial(new DateOnly(year, month, day)), Is.EqualTo(serial));
        Assert.That(ExcelDate.FromSerial(serial), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void ToSerial_BeforeMarch1900_Throws()
    {
        Assert.That(() => ExcelDate.ToSerial(new DateOnly(1900, 2, 28)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(0, "A")]
    [TestCase(25, "Z")]
    [TestCase(26, "AA")]
    [TestCase(701, "ZZ")]
    [TestCase(702, "AAA")]
    [TestCase(16383, "XFD")]
    public void ColumnName_Index_IsExcelsLetters(int index, string name)
    {
        Assert.That(XlsxReference.ColumnName(index), Is.EqualTo(name));
    }

    [TestCase("Belegliste", null)]
    [TestCase("Einnahmen 2018", null)]
    [TestCase("Q3*", "Sheet name 'Q3*' contains one of the characters [ ] : * ? / \\ that Excel does not allow.")]
    [TestCase("'Nord'", "Sheet name ''Nord'' must not begin or end with an apostrophe.")]
    [TestCase("History", "'History' is a sheet name Excel reserves.")]
    public void Problem_SheetName_NamesTheRuleBroken(string name, string? problem)
    {
        Assert.That(XlsxSheetName.Problem(name), Is.EqualTo(problem));
    }

    [Test]
    public void Quoted_NameWithApostrophe_DoublesIt()
    {
        Assert.That(XlsxSheetName.Quoted("Müller's"), Is.EqualTo("'Müller''s'"));
    }

    [Test]
    public void Literal_Ampersand_IsDoubled()
    {
        Assert.That(XlsxHeaderFooter.Literal("A & B"), Is.EqualTo("A && B"));
    }

    [Test]
    public void Combine_LongerThan255_IsCutTo255EndingInAnEllipsis()
    {
        var code = XlsxHeaderFooter.Combine(new string('x', 254), "", "");

        Assert.That(code, Has.Length.EqualTo(XlsxPrintSetup.MaxHeaderFooterLength));
        Assert.That(code, Does.StartWith("&Lxxx").And.EndWith("x…"));
    }

    [TestCase(14, 14.7109375)]
    [TestCase(10, 10.7109375)]
    public void StoredWidth_Characters_AddsExcelsPadding(double characters, double stored)
    {
        Assert.That(XlsxColumn.StoredWidth(characters), Is.EqualTo(stored));
    }

    [TestCase("1234.50", "1234.5")]
    [TestCase("-50.00", "-50")]
    [TestCase("-0.00", "0")]
    [TestCase("0.0719", "0.0719")]
    [TestCase("0.000001", "0.000001")]
    [TestCase("12345678901234567890.5", "12345678901234567890.5")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    [TestCase("-7.9228162514264337593543950335", "-7.9228162514264337593543950335")]
    public void Format_Decimal_IsItsShortestInvariantText(string value, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[XlsxNumber.MaxLength];

        var text = System.Text.Encoding.ASCII.GetString(buffer[..XlsxNumber.Format(number, buffer)]);

        Assert.That(text, Is.EqualTo(expected));
        Assert.That(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(number));
    }

    [Test]
    public void Formula_WithLeadingEquals_Throws()
    {
        Assert.That(() => XlsxCell.Formula("=SUM(A1:A2)", 0m), Throws.ArgumentException);
    }
}
