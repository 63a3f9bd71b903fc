using Reporting.Core.Domain;
using Reporting.Core.Storage;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

public class SqliteStoreTests : StoreContractTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-store-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    protected override IReportingStore NewStore()
    {
        var store = new SqliteStore(Path.Combine(_dir, "test.db"));
        store.Migrate();
        return store;
    }

    [Test]
    public void Migrate_NewFile_ReachesCurrentSchemaVersion()
    {
        using var store = NewStore();

        Assert.That(store.SchemaVersion, Is.EqualTo(SqliteStore.CurrentSchemaVersion));
        Assert.That(() => store.EnsureCurrent(), Throws.Nothing);
    }

    [Test]
    public void EnsureCurrent_EmptyFile_SaysHowToInitialise()
    {
        using var store = new SqliteStore(Path.Combine(_dir, "empty.db"));

        Assert.That(() => store.EnsureCurrent(),
            Throws.TypeOf<StoreException>().With.Message.Contains("fundingreports init"));
    }

    [Test]
    public void Migrate_DatabaseFromNewerProgram_IsRefusedWithMessage()
    {
        var path = Path.Combine(_dir, "newer.db");
        using (var store = new SqliteStore(path))
        {
            store.Migrate();
        }
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        using var reopened = new SqliteStore(path);

        Assert.That(() => reopened.Migrate(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
    }

    [Test]
    public void Open_FileThatIsNotSqlite_IsAStoreError()
    {
        var path = Path.Combine(_dir, "notes.db");
        File.WriteAllText(path, "this is not a database, just some text that is long enough to fill a header page....");

        using var store = new SqliteStore(path);

        Assert.That(() => store.SchemaVersion, Throws.TypeOf<StoreException>());
    }
}
