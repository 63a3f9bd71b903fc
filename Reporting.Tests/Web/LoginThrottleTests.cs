using Reporting.Web.Access;

namespace Reporting.Tests.Web;

public class LoginThrottleTests
{
    private readonly TestClock _clock = new(WebSamples.Now);

    [Test]
    public void RetryAfter_FourFailures_MayTryAgain()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("anna", "10.0.0.1");
        }

        Assert.That(throttle.RetryAfter("anna", "10.0.0.1"), Is.Null);
    }

    [Test]
    public void RetryAfter_FiveFailures_WaitsUntilTheFirstIsFifteenMinutesOld()
    {
        var throttle = new LoginThrottle(_clock);
        throttle.Failed("anna", "10.0.0.1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("anna", "10.0.0.1");
        }

        Assert.That(throttle.RetryAfter("anna", "10.0.0.1"), Is.EqualTo(TimeSpan.FromMinutes(10)));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That(throttle.RetryAfter("anna", "10.0.0.1"), Is.Null);
    }

    [Test]
    public void RetryAfter_FailuresForOneUserFromManyAddresses_UserIsThrottled()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed("Anna", $"10.0.0.{i}");
        }

        Assert.That(throttle.RetryAfter("anna", "10.0.0.99"), Is.Not.Null, "user names are compared ignoring case");
        Assert.That(throttle.RetryAfter("bert", "10.0.0.99"), Is.Null);
    }

    [Test]
    public void RetryAfter_FailuresForManyUsersFromOneAddress_AddressIsThrottled()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed($"user{i}", "10.0.0.1");
        }

        Assert.That(throttle.RetryAfter("anna", "10.0.0.1"), Is.Not.Null);
        Assert.That(throttle.RetryAfter("anna", "10.0.0.2"), Is.Null);
    }

    [Test]
    public void Succeeded_ClearsTheUsersFailures()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("anna", $"10.0.0.{i}");
        }
        throttle.Succeeded("anna");
        throttle.Failed("anna", "10.0.0.9");

        Assert.That(throttle.RetryAfter("anna", "10.0.0.9"), Is.Null);
    }
}
