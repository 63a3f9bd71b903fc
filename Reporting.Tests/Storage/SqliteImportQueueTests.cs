using Microsoft.Data.Sqlite;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Storage;

/// <summary>The new records of projects an import adds are written by a second thread while the import reads on: the
/// rows that reach the database, the duplicates found, and a failure of the writing thread are the same as if every row
/// were written as it is read.</summary>
public class SqliteImportQueueTests
{
    private string _dir = "";
    private string _db = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("fr-queue-").FullName;
        _db = Path.Combine(_dir, "q.db");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static ImportFile[] Files(int projects, int vouchersEach, params string[] extra)
    {
        var rows = Enumerable.Range(0, projects * vouchersEach)
            .Select(i => $"N{i / vouchersEach};V{i % vouchersEach};2020-03-{(i % 28) + 1:00};PERS;{i % 50},{i % 100:00};Empfänger {i}")
            .Concat(extra);
        return
        [
            Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
            Utf8("projects.csv", Lines(["project_id;program_id;start_date;end_date;grant_amount",
                .. Enumerable.Range(0, projects).Select(p => $"N{p};P1;2020-01-01;2021-12-31;1000")])),
            Utf8("budget.csv", Lines(["project_id;cost_category;approved_amount", .. Enumerable.Range(0, projects).Select(p => $"N{p};PERS;500")])),
            Utf8("expenditures.csv", Lines(["project_id;voucher_no;payment_date;cost_category;amount;payee", .. rows])),
        ];
    }

    [Test]
    public void Import_ManyNewVouchers_StoresEveryRowWithItsValuesAndLine()
    {
        using var store = new SqliteStore(_db);

        var outcome = ImportService.Run(store, Files(3, 5_000, "N1;Lang;2020-04-01;PERS;1,00;" + new string('ü', 300_000)));

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(store.Count()[RecordKind.Expenditures], Is.EqualTo(15_001));
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT payment_date, amount_cents, payee, import_source & 4294967295 FROM expenditures
            WHERE project_id = 'N2' AND voucher_no = 'V4999';
            """;
        using (var reader = command.ExecuteReader())
        {
            Assert.That(reader.Read(), Is.True);
            // Row 14,999 of the data (line 15,001 of the file): day 14,999 % 28 + 1, amount 14,999 % 50 and % 100.
            Assert.That(reader.GetString(0), Is.EqualTo("2020-03-20"));
            Assert.That(reader.GetInt64(1), Is.EqualTo(4999));
            Assert.That(reader.GetString(2), Is.EqualTo("Empfänger 14999"));
            Assert.That(reader.GetInt64(3), Is.EqualTo(15_001));
        }
        command.CommandText = "SELECT length(payee) FROM expenditures WHERE project_id = 'N1' AND voucher_no = 'Lang';";
        Assert.That(command.ExecuteScalar(), Is.EqualTo(300_000), "a row larger than a batch arrives whole");
    }

    [Test]
    public void Import_DuplicateOfANewProjectsVoucher_NamesTheFirstLineAndStoresNothing()
    {
        using var store = new SqliteStore(_db);

        var outcome = ImportService.Run(store, Files(2, 3_000, "N0;V2500;2020-04-01;PERS;1,00;", "N1;V10;2020-04-01;PERS;1,00;"));

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "expenditures.csv line 6002, column voucher_no: voucher 'V2500' of project 'N0' appears twice; also on line 2502",
            "expenditures.csv line 6003, column voucher_no: voucher 'V10' of project 'N1' appears twice; also on line 3012",
        }));
        Assert.That(store.Count().Values.Sum(), Is.EqualTo(0));
    }

    [Test]
    public void Import_DiskFullWhileTheWriterStoresRows_FailsWithTheSqliteFaultAndStoresNothing()
    {
        using (var store = new SqliteStore(_db))
        {
            store.Migrate();
        }
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        using (var limit = connection.CreateCommand())
        {
            // Room for a few hundred vouchers beyond the empty schema: the writer thread's insert fails with SQLITE_FULL.
            limit.CommandText = "PRAGMA page_count;";
            var pages = (long)limit.ExecuteScalar()!;
            limit.CommandText = $"PRAGMA max_page_count = {pages + 12};";
            limit.ExecuteNonQuery();
        }

        var session = new SqliteImportSession(connection, _db, DateTimeOffset.UnixEpoch);
        var failure = Assert.Throws<SqliteException>(() => CsvImporter.Import(Files(2, 5_000), session));
        session.Dispose();

        Assert.That(failure!.SqliteErrorCode, Is.EqualTo(13));
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM expenditures) + (SELECT COUNT(*) FROM projects) + (SELECT COUNT(*) FROM import_runs);";
        Assert.That(count.ExecuteScalar(), Is.EqualTo(0L));
    }

    [Test]
    public void Import_VouchersOfStoredProjects_NewOnesAddedAndStoredOnesChangedWithDuplicatesFound()
    {
        using var store = new SqliteStore(_db);
        var files = Files(3, 3_000);
        // The projects first; N0 gets its vouchers next, N1 and N2 have none when the vouchers file comes.
        Assert.That(ImportService.Run(store, files[..3]).Problems, Is.Empty);
        Assert.That(ImportService.Run(store, [Utf8("n0.csv", Lines(["project_id;voucher_no;payment_date;cost_category;amount",
            .. Enumerable.Range(0, 3_000).Select(v => $"N0;V{v};2020-03-01;PERS;1,00")]))]).Problems, Is.Empty);

        var duplicate = ImportService.Run(store, [Utf8("dup.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount",
            "N1;V1;2020-03-01;PERS;1,00", "N2;V1;2020-03-01;PERS;1,00", "N1;V1;2020-03-02;PERS;2,00"))]);
        var outcome = ImportService.Run(store, [files[3]]);

        Assert.That(duplicate.Problems.Rendered(), Is.EqualTo(new[]
        {
            "dup.csv line 4, column voucher_no: voucher 'V1' of project 'N1' appears twice; also on line 2",
        }));
        Assert.That(outcome.Problems, Is.Empty);
        var vouchers = outcome.Files.Single();
        Assert.That((vouchers.Added, vouchers.Changed, vouchers.Unchanged), Is.EqualTo((6_000, 3_000, 0)),
            "N0's 3,000 stored vouchers get the file's values; N1's and N2's are new");
        Assert.That(store.Count()[RecordKind.Expenditures], Is.EqualTo(9_000));
        var again = ImportService.Run(store, [files[3]]).Files.Single();
        Assert.That((again.Added, again.Changed, again.Unchanged), Is.EqualTo((0, 0, 9_000)));
    }

    [Test]
    public void Values_OfSeveralRows_NumberEachRowsParametersAfterThePreviousRows()
    {
        Assert.That(SqliteInsertQueue.Target.Values("(?1, ?2, ?3)", 3, 3), Is.EqualTo("(?1, ?2, ?3), (?4, ?5, ?6), (?7, ?8, ?9)"));
        Assert.That(SqliteInsertQueue.Target.Values("(?1, ?10, ?11)", 11, 2), Is.EqualTo("(?1, ?10, ?11), (?12, ?21, ?22)"));
    }

    [Test]
    public void Fault_OfAFullDisk_IsOneSentenceNamingTheDatabase()
    {
        using var store = new SqliteStore(_db);

        var fault = store.Fault(new SqliteException("database or disk is full", 13));

        Assert.That(fault?.Message, Is.EqualTo($"database '{_db}' cannot be written: the disk is full"));
        Assert.That(store.Fault(new InvalidOperationException("a bug")), Is.Null);
    }
}
