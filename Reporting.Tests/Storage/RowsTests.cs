using System.Globalization;
using Reporting.Core.Storage;

namespace Reporting.Tests.Storage;

/// <summary>The stored text forms of values: a date is ISO <c>yyyy-MM-dd</c> however it is written.</summary>
public class RowsTests
{
    [TestCase(1, 1, 1)]
    [TestCase(999, 12, 31)]
    [TestCase(1990, 1, 1)]
    [TestCase(2000, 2, 29)]
    [TestCase(2019, 9, 30)]
    [TestCase(2100, 12, 31)]
    [TestCase(9999, 12, 31)]
    public void Date_IntoASpan_IsTheIsoTextOfTheDate(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Span<char> text = stackalloc char[10];

        var written = Rows.Date(date, text).ToString();

        Assert.That(written, Is.EqualTo(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.That(Rows.Date(written), Is.EqualTo(date));
    }

    [Test]
    public void Date_EveryDayOfALeapYear_RoundTrips()
    {
        Span<char> text = stackalloc char[10];
        for (var d = new DateOnly(2024, 1, 1); d.Year == 2024; d = d.AddDays(1))
        {
            Assert.That(Rows.Date(Rows.Date(d, text).ToString()), Is.EqualTo(d));
        }
    }
}
