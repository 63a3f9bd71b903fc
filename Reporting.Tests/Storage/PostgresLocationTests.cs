using Npgsql;
using Reporting.Core.Storage;

namespace Reporting.Tests.Storage;

public class PostgresLocationTests
{
    [TestCase("postgres://fr@db.example/reports", TestName = "postgres URL")]
    [TestCase("postgresql://fr@db.example/reports", TestName = "postgresql URL")]
    [TestCase("Host=db.example;Database=reports", TestName = "connection string")]
    [TestCase("Database=reports;host=db.example", TestName = "connection string, host later and lower case")]
    public void IsServer_PostgresLocation_IsTrue(string location) =>
        Assert.That(StoreFactory.IsServer(location), Is.True);

    [TestCase("fundingreports.db", TestName = "file name")]
    [TestCase("/var/lib/fr/postgres.db", TestName = "path mentioning postgres")]
    [TestCase(":memory:", TestName = "in-memory SQLite")]
    public void IsServer_FilePath_IsFalse(string location) =>
        Assert.That(StoreFactory.IsServer(location), Is.False);

    [Test]
    public void Parse_UrlWithEverything_GivesNpgsqlSettings()
    {
        var settings = PostgresLocation.Parse("postgres://fund%40user:p%3Ass@db.example:6543/reports%202019?sslmode=require&timeout=7").Settings;

        Assert.That(settings.Host, Is.EqualTo("db.example"));
        Assert.That(settings.Port, Is.EqualTo(6543));
        Assert.That(settings.Database, Is.EqualTo("reports 2019"));
        Assert.That(settings.Username, Is.EqualTo("fund@user"));
        Assert.That(settings.Password, Is.EqualTo("p:ss"));
        Assert.That(settings.SslMode, Is.EqualTo(SslMode.Require));
        Assert.That(settings.Timeout, Is.EqualTo(7));
    }

    [Test]
    public void Parse_UrlWithoutPort_UsesPostgresDefaultPort()
    {
        var settings = PostgresLocation.Parse("postgresql://fr@db.example/reports").Settings;

        Assert.That(settings.Port, Is.EqualTo(5432));
        Assert.That(settings.Password, Is.Null);
    }

    [Test]
    public void Display_LocationWithPassword_LeavesThePasswordOut()
    {
        var shown = StoreFactory.Display("Host=db.example;Username=fr;Password=s3cret;Database=reports");

        Assert.That(shown, Does.Not.Contain("s3cret"));
        Assert.That(shown, Does.Contain("db.example").And.Contain("reports"));
    }

    [Test]
    public void Parse_UnknownConnectionStringKeyword_IsAStoreError() =>
        Assert.That(() => PostgresLocation.Parse("Host=db.example;Colour=blue"),
            Throws.TypeOf<StoreException>().With.Message.StartsWith("invalid PostgreSQL location"));
}
