using Reporting.Web.Access;

namespace Reporting.Tests.Web;

public class PasswordHashTests
{
    private static readonly PasswordHash Hash = PasswordHash.Create("ein langes Passwort", PasswordHash.MinimumIterations);

    [Test]
    public void Verify_SamePassword_True() => Assert.That(Hash.Verify("ein langes Passwort"), Is.True);

    [TestCase("ein langes passwort")]
    [TestCase("")]
    [TestCase("ein langes Passwort ")]
    public void Verify_OtherPassword_False(string password) => Assert.That(Hash.Verify(password), Is.False);

    [Test]
    public void Create_SamePasswordTwice_SaltedDifferently()
    {
        var again = PasswordHash.Create("ein langes Passwort", PasswordHash.MinimumIterations);

        Assert.That(again.Salt, Is.Not.EqualTo(Hash.Salt));
        Assert.That(again.Hash, Is.Not.EqualTo(Hash.Hash));
    }

    [Test]
    public void Create_Default_Pbkdf2Sha256WithAtLeast210000Iterations()
    {
        Assert.That(PasswordHash.DefaultIterations, Is.GreaterThanOrEqualTo(210_000));
        Assert.That(Hash.ToString(), Does.Match(@"^pbkdf2-sha256\$210000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$"));
    }

    [Test]
    public void TryParse_WrittenForm_GivesTheSameHash()
    {
        Assert.That(PasswordHash.TryParse(Hash.ToString(), out var parsed, out _), Is.True);
        Assert.That(parsed!.Verify("ein langes Passwort"), Is.True);
        Assert.That(parsed.Iterations, Is.EqualTo(210_000));
    }

    [Test]
    public void TryParse_TooFewIterations_Refused()
    {
        var weak = Hash.ToString().Replace("$210000$", "$1000$", StringComparison.Ordinal);

        Assert.That(PasswordHash.TryParse(weak, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo("the hash needs at least 210,000 iterations, it has '1000'"));
    }

    [TestCase("plain-text-password")]
    [TestCase("sha256$210000$c2FsdA==$aGFzaA==")]
    [TestCase("pbkdf2-sha256$210000$not base64$x")]
    [TestCase("pbkdf2-sha256$210000$c2FsdA==$aGFzaA==")]
    public void TryParse_NotAValidHash_Refused(string text) =>
        Assert.That(PasswordHash.TryParse(text, out _, out _), Is.False);
}
