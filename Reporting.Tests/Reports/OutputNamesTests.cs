using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Reports;

namespace Reporting.Tests.Reports;

public class OutputNamesTests
{
    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..6];

    [TestCase("SCLA-DO", TestName = "Safe_AsciiIdWithDash_Kept")]
    [TestCase("A_B", TestName = "Safe_Underscore_Kept")]
    [TestCase("OF-PC-2018.v2", TestName = "Safe_Dot_Kept")]
    public void Safe_IdThatIsAlreadySafe_Unchanged(string id)
    {
        Assert.That(ReportScope.Safe(id), Is.EqualTo(id));
    }

    [Test]
    public void Safe_IdsThatReadAlike_ReadableWithDifferentHashes()
    {
        Assert.That(ReportScope.Safe("A B"), Is.EqualTo("A_B~" + Hash("A B")).And.EqualTo("A_B~fea4c5"));
        Assert.That(ReportScope.Safe("A/B"), Is.EqualTo("A_B~" + Hash("A/B")).And.EqualTo("A_B~998d3e"));
        Assert.That(new[] { "A B", "A/B", "A_B", "A\\B", "A:B" }.Select(ReportScope.Safe), Is.Unique);
    }

    [Test]
    public void Safe_Umlaut_TransliteratedAndHashedSoItDiffersFromTheSpelledOutId()
    {
        Assert.That(ReportScope.Safe("Müller"), Is.EqualTo("Mueller~" + Hash("Müller")));
        Assert.That(ReportScope.Safe("Mueller"), Is.EqualTo("Mueller"));
    }

    [Test]
    public void Safe_VeryLongId_CutToTheLimitAndHashed()
    {
        var id = new string('L', 400);

        var safe = ReportScope.Safe(id);

        Assert.That(safe, Is.EqualTo(new string('L', ReportScope.MaxReadableLength) + "~" + Hash(id)));
        Assert.That(ReportScope.Safe(new string('L', 401)), Is.Not.EqualTo(safe));
    }

    [Test]
    public void Safe_ControlCharactersAndEmpty_OnlySafeCharacters()
    {
        Assert.That(ReportScope.Safe("\u001b[31m../x"), Does.Match("^[A-Za-z0-9._-]+~[0-9a-f]{6}$"));
        Assert.That(ReportScope.Safe(""), Is.EqualTo("~" + Hash("")));
    }
}
