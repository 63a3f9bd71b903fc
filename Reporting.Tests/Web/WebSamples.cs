using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Support;

namespace Reporting.Tests.Web;

/// <summary>One SQLite database holding the three sample data sets, made once for all web tests and deleted after.
/// The tests only read it, as the web app does.</summary>
[SetUpFixture]
public sealed class WebSamples
{
    private static string? _folder;

    /// <summary>The day the web app and the CLI both think it is in these tests: 26 March 2019, mid-runtime for
    /// Dortmund and Offenbach and after the end of the Soziale Teilhabe projects.</summary>
    public static readonly DateTimeOffset Now = new(2019, 3, 26, 10, 30, 0, TimeSpan.Zero);

    public static string Database => Path.Combine(_folder ?? throw new InvalidOperationException("not set up"), "samples.db");

    public static string Folder => _folder ?? throw new InvalidOperationException("not set up");

    [OneTimeSetUp]
    public void CreateDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("fr-web-").FullName;
        using var store = new SqliteStore(Database);
        foreach (var set in Directory.GetDirectories(RepoPaths.Samples).Where(d => Path.GetFileName(d) != "generator").Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(set, "*.csv").Order(StringComparer.Ordinal).Select(f => ImportFile.Read(f, Path.GetFileName(f))).ToList();
            var outcome = ImportService.Run(store, files);
            Assert.That(outcome.Problems.Select(p => p.ToString()), Is.Empty, set);
        }
    }

    [OneTimeTearDown]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
