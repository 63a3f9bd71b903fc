using Reporting.Core.Forms;
using Reporting.Core.Forms.Rendering;

namespace Reporting.Tests.Forms;

public sealed class FormTextTests
{
    private static FormHeader Header(string scopeKey, string scopeLabel, string periodName, string periodText) => new(
        "FR-VN", "2026.1", "Verwendungsnachweis", null, "ANBest-P", scopeKey, scopeLabel, "runtime", periodName, periodText,
        new DateOnly(2019, 9, 30), new DateTimeOffset(2019, 10, 1, 9, 0, 0, TimeSpan.Zero), false);

    [Test]
    public void ScopeAndPeriod_OneProject_ItsIdAndTheGermanPeriod() =>
        Assert.That(FormText.ScopeAndPeriod(Header("DO-SCLA", "DO-SCLA – Service Center lokale Arbeit", "Projektlaufzeit", "01.07.2017 – 30.09.2019")),
            Is.EqualTo("DO-SCLA · Projektlaufzeit"));

    [Test]
    public void ScopeAndPeriod_AllProjects_TheScopeInWords() =>
        Assert.That(FormText.ScopeAndPeriod(Header("all", "alle Projekte", "2018", "01.01.2018 – 31.12.2018")), Is.EqualTo("alle Projekte · 2018"));

    [Test]
    public void Period_NamedPeriod_NameThenDays() =>
        Assert.That(FormText.Period(Header("P1", "P1 – Projekt", "Projektlaufzeit", "01.07.2017 – 30.09.2019")),
            Is.EqualTo("Projektlaufzeit (01.07.2017 – 30.09.2019)"));

    [Test]
    public void Period_RangePeriod_DaysOnce() =>
        Assert.That(FormText.Period(Header("P1", "P1 – Projekt", "01.01.2018 – 30.06.2018", "01.01.2018 – 30.06.2018")),
            Is.EqualTo("01.01.2018 – 30.06.2018"));
}
