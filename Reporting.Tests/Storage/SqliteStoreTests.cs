using Dapper;
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

    protected override IReadOnlySet<string> TableColumns(string table)
    {
        using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir, "test.db")};Pooling=False");
        raw.Open();
        return raw.Query<string>("SELECT name FROM pragma_table_info(@Table);", new { Table = table }).ToHashSet();
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

    [Test]
    public void Migrate_Schema2FileWithRecords_RebuildsBudgetLinesKeepingOrderProvenanceAndRecords()
    {
        var path = Path.Combine(_dir, "v2.db");
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            raw.Execute(SqliteMigrations.Scripts[0]);
            raw.Execute(SqliteMigrations.Scripts[1]);
            raw.Execute("PRAGMA user_version = 2;");
            raw.Execute("""
                INSERT INTO programs (program_id, name) VALUES ('P-LAND', 'Land');
                INSERT INTO projects (project_id, program_id, name, start_date, end_date, grant_cents, own_funds_cents,
                    third_party_funds_cents, target_kinds)
                VALUES ('SCLA', 'P-LAND', 'SCLA', '2017-07-01', '2019-09-30', 580000000, 0, 0, 'employment;apprenticeship');
                INSERT INTO budget_lines (project_id, cost_category, label, approved_cents, import_run, import_source)
                VALUES ('SCLA', 'SACH', NULL, 18000000, 4, 7), ('SCLA', 'PERS', 'Personal', 40000000, 4, 8);
                INSERT INTO participants (project_id, participant_id, entry_date) VALUES ('SCLA', 'TN-1', '2017-08-01');
                """);
        }

        using var store = new SqliteStore(path);
        store.Migrate();

        Assert.That(store.SchemaVersion, Is.EqualTo(SqliteStore.CurrentSchemaVersion));
        var loaded = store.Load().Find(ProjectA)!;
        Assert.That(loaded.BudgetLines, Is.EqualTo(new[]
        {
            new BudgetLine(ProjectA, "SACH", null, Money.Euros(180_000m)),
            new BudgetLine(ProjectA, "PERS", "Personal", Money.Euros(400_000m)),
        }), "stored order kept, no budget year");
        Assert.That(loaded.Participants.Select(p => p.Id.Value), Is.EqualTo(new[] { "TN-1" }));
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.That(check.Query<(long, long)>("SELECT import_run, import_source FROM budget_lines ORDER BY rowid;"),
            Is.EqualTo(new[] { (4L, 7L), (4L, 8L) }), "provenance kept");
        Assert.That(() => check.Execute("INSERT INTO budget_lines (project_id, cost_category, approved_cents) VALUES ('SCLA', 'PERS', 1);"),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>(), "a second PERS line without a year breaks the key");
        Assert.That(check.Execute("""
            INSERT INTO budget_lines (project_id, cost_category, approved_cents, budget_year) VALUES ('SCLA', 'PERS', 1, 2018);
            """), Is.EqualTo(1), "a PERS line for a year is another key");
    }
}
