using Npgsql;
using Reporting.Core.Domain;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>The store contract and PostgreSQL's own specifications against a real server
/// (<see cref="PostgresServer"/>), each test on a fresh database.</summary>
public partial class PostgresStoreTests : StoreContractTests
{
    private string _database = "";

    [SetUp]
    public void CreateDatabase() => _database = PostgresServer.Shared.NewDatabase();

    protected override IReportingStore NewStore()
    {
        var store = new PostgresStore(_database);
        store.Migrate();
        return store;
    }

    protected override IReadOnlySet<string> TableColumns(string table)
    {
        using var raw = new NpgsqlConnection(_database);
        raw.Open();
        using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table;", raw);
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    [Test]
    public void Migrate_NewDatabase_ReachesCurrentSchemaVersion()
    {
        using var store = NewStore();

        Assert.That(store.SchemaVersion, Is.EqualTo(PostgresStore.CurrentSchemaVersion));
        Assert.That(() => store.EnsureCurrent(), Throws.Nothing);
    }

    [Test]
    public void Migrate_RunTwice_KeepsDataAndVersion()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()]));

        store.Migrate();

        Assert.That(store.SchemaVersion, Is.EqualTo(PostgresStore.CurrentSchemaVersion));
        Assert.That(store.Count()[RecordKind.Projects], Is.EqualTo(1));
    }

    [Test]
    public void EnsureCurrent_EmptyDatabase_SaysHowToInitialiseWithoutThePassword()
    {
        var url = $"postgresql://postgres:s3cret@127.0.0.1:{PostgresServer.Shared.Port}/{new NpgsqlConnectionStringBuilder(_database).Database}";
        using var store = StoreFactory.Open(url);

        Assert.That(store.SchemaVersion, Is.EqualTo(0));
        Assert.That(() => store.EnsureCurrent(),
            Throws.TypeOf<StoreException>().With.Message.Contains("fundingreports init").And.Message.Not.Contains("s3cret"));
    }

    [Test]
    public void Migrate_DatabaseFromNewerProgram_IsRefusedWithMessage()
    {
        using (var store = NewStore())
        {
        }
        using (var raw = new NpgsqlConnection(_database))
        {
            raw.Open();
            using var cmd = new NpgsqlCommand("UPDATE schema_version SET version = 99;", raw);
            cmd.ExecuteNonQuery();
        }

        using var reopened = new PostgresStore(_database);

        Assert.That(() => reopened.Migrate(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
        Assert.That(() => reopened.EnsureCurrent(), Throws.TypeOf<StoreException>().With.Message.Contains("newer"));
    }

    [Test]
    public void Open_NoServerListening_IsAStoreErrorNamingServerNotPassword()
    {
        var port = PostgresServer.FreePort();

        Assert.That(() => StoreFactory.Open($"Host=127.0.0.1;Port={port};Username=fr;Password=s3cret;Database=reports;Timeout=3"),
            Throws.TypeOf<StoreException>()
                .With.Message.Contains($"127.0.0.1:{port}/reports").And.Message.Not.Contains("s3cret"));
    }

    [Test]
    public void Open_DatabaseThatDoesNotExist_IsAStoreErrorNamingIt()
    {
        var location = PostgresServer.Shared.ConnectionString("no_such_db");

        Assert.That(() => StoreFactory.Open(location),
            Throws.TypeOf<StoreException>().With.Message.Contains($"127.0.0.1:{PostgresServer.Shared.Port}/no_such_db")
                .And.Message.Contains("does not exist"));
    }
}
