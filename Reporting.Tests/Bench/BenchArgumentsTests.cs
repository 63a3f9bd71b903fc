using Reporting.Bench;
using Reporting.Bench.Measure;

namespace Reporting.Tests.Bench;

/// <summary>The bench's command line only: what a command line asks for. No benchmark runs here.</summary>
public class BenchArgumentsTests
{
    private static BenchSettings Parse(params string[] args)
    {
        var parse = BenchApp.BuildRoot(TextWriter.Null).Parse(args);
        Assert.That(parse.Errors, Is.Empty);
        return BenchApp.Settings(parse);
    }

    [Test]
    public void Settings_NoOptions_TheDefaultsThatKeepAllWithinMinutes()
    {
        Assert.That(Parse("all") with { Growth = [] }, Is.EqualTo(BenchSettings.Default with { Growth = [] }));
        Assert.That(Parse("all").Growth, Is.EqualTo(new[] { 10_000, 100_000, 1_000_000 }));
    }

    [Test]
    public void Settings_LandSizeAndPostgres_AreTakenAsGiven()
    {
        var settings = Parse("import", "--projects", "2000", "--participants", "1000000", "--vouchers", "5000000", "--postgres", "postgres://bench@localhost:5432/fr",
            "--growth", "1000, 5000", "--no-micro", "--keep", "--work", "w");

        Assert.That((settings.Projects, settings.Participants, settings.Vouchers), Is.EqualTo((2000, 1_000_000L, 5_000_000L)));
        Assert.That(settings.Postgres, Is.EqualTo("postgres://bench@localhost:5432/fr"));
        Assert.That(settings.Growth, Is.EqualTo(new[] { 1000, 5000 }));
        Assert.That((settings.Micro, settings.Keep, settings.Work), Is.EqualTo((false, true, "w")));
    }

    [Test]
    public void Settings_EmptyPostgres_MeansNoServer()
    {
        Assert.That(Parse("import", "--postgres", "").Postgres, Is.Null);
    }

    [TestCase("--growth", "10000,ten", "error: --growth: 'ten' is not a positive row count")]
    [TestCase("--projects", "0", "error: --projects, --vouchers and --xlsx-rows must be at least 1, --participants not negative")]
    public void Run_ImpossibleSize_ExitsWithTwoAndSaysWhy(string option, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchApp.Run(["all", option, value], output, error);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString().Trim(), Is.EqualTo(message));
    }

    [Test]
    public void Run_UnknownCommand_ExitsWithTwo()
    {
        Assert.That(BenchApp.Run(["everything"], TextWriter.Null, TextWriter.Null), Is.EqualTo(2));
    }

    [TestCase("postgres://bench@localhost:5432/fr", "postgres://bench@localhost:5432/fr_bench_import")]
    [TestCase("Host=localhost;Port=5433;Database=fr;Username=bench", "Host=localhost;Port=5433;Username=bench;Database=fr_bench_import")]
    public void PostgresServer_WithDatabase_ReplacesOnlyTheDatabase(string location, string expected)
    {
        Assert.That(PostgresServer.WithDatabase(location, "fr_bench_import"), Is.EqualTo(expected));
    }

    [Test]
    public void PostgresServer_ConnectionStringForPsql_KeywordForm()
    {
        Assert.That(PostgresServer.ForPsql("Host=/tmp/pg;Port=5433;Database=fr;Username=bench"), Is.EqualTo("host='/tmp/pg' port='5433' dbname='fr' user='bench'"));
    }
}
