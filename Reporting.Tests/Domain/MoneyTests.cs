using Reporting.Core.Domain;

namespace Reporting.Tests.Domain;

public class MoneyTests
{
    [Test]
    public void Sum_ManySmallAmounts_IsExact()
    {
        var amounts = Enumerable.Repeat(Money.Euros(0.10m), 1000);

        Assert.That(amounts.Sum(), Is.EqualTo(Money.Euros(100.00m)));
    }

    [Test]
    public void ToCents_ThreeDecimals_Throws()
    {
        Assert.That(() => Money.Euros(1.005m).ToCents(), Throws.TypeOf<InvalidOperationException>());
    }

    [TestCase(1.005, "1.01")]
    [TestCase(-1.005, "-1.01")]
    [TestCase(5800000, "5800000.00")]
    public void ToString_RoundsHalfAwayFromZeroToCents(decimal amount, string expected)
    {
        Assert.That(Money.Euros(amount).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void FromCents_RoundTrips()
    {
        Assert.That(Money.FromCents(Money.Euros(5_800_000.01m).ToCents()), Is.EqualTo(Money.Euros(5_800_000.01m)));
    }
}
