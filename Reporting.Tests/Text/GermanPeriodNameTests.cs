using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Tests.Text;

public sealed class GermanPeriodNameTests
{
    private static IEnumerable<TestCaseData> Names()
    {
        yield return new TestCaseData(ReportingPeriod.Month(2018, 7), false, "Juli 2018").SetName("Of_Month_NameAndYear");
        yield return new TestCaseData(ReportingPeriod.Month(2018, 3), false, "März 2018").SetName("Of_March_WithUmlaut");
        yield return new TestCaseData(ReportingPeriod.Quarter(2018, 3), false, "3. Quartal 2018").SetName("Of_Quarter_OrdinalQuartal");
        yield return new TestCaseData(ReportingPeriod.Year(2018), false, "2018").SetName("Of_Year_TheYear");
        yield return new TestCaseData(ReportingPeriod.Year(2018), true, "Haushaltsjahr 2018").SetName("Of_BudgetYear_Haushaltsjahr");
        yield return new TestCaseData(ReportingPeriod.Runtime(new DateRange(new(2017, 7, 1), new(2019, 9, 30))), false, "Projektlaufzeit").SetName("Of_Runtime_Projektlaufzeit");
        yield return new TestCaseData(ReportingPeriod.Between(new(2018, 1, 1), new(2018, 6, 30)), false, "01.01.2018 – 30.06.2018").SetName("Of_Range_TheDays");
        yield return new TestCaseData(ReportingPeriod.Quarter(2018, 3).ClipTo(new DateRange(new(2018, 8, 15), new(2019, 1, 1))), false, "3. Quartal 2018")
            .SetName("Of_QuarterCutToTheRuntime_StillTheQuarter");
    }

    [TestCaseSource(nameof(Names))]
    public void Of_Period_GermanName(ReportingPeriod period, bool budgetYear, string expected) =>
        Assert.That(GermanPeriodName.Of(period, budgetYear), Is.EqualTo(expected));

    [Test]
    public void WithDates_Quarter_NameThenDays() =>
        Assert.That(GermanPeriodName.WithDates(ReportingPeriod.Quarter(2018, 3)), Is.EqualTo("3. Quartal 2018 (01.07.2018 – 30.09.2018)"));

    [Test]
    public void WithDates_Range_DaysOnce() =>
        Assert.That(GermanPeriodName.WithDates(ReportingPeriod.Between(new(2018, 1, 1), new(2018, 6, 30))), Is.EqualTo("01.01.2018 – 30.06.2018"));

    [Test]
    [SetCulture("fa-IR")]
    public void WithDates_UnderPersianCulture_SameText() =>
        Assert.That(GermanPeriodName.WithDates(ReportingPeriod.Month(2018, 7)), Is.EqualTo("Juli 2018 (01.07.2018 – 31.07.2018)"));
}
