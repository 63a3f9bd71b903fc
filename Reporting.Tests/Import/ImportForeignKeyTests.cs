using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

/// <summary>The SQLite import writes with foreign keys off (SQLite's per-row lookups would repeat the importer's own
/// reference checks): every foreign key of the schema is checked by the importer, a dangling reference is refused and
/// stores nothing, and foreign keys are on again once the import is over.</summary>
public class ImportForeignKeyTests
{
    private string _dir = "";
    private string _db = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("fr-fk-").FullName;
        _db = Path.Combine(_dir, "fk.db");
        using var store = new SqliteStore(_db);
        var outcome = ImportService.Run(store, [
            Utf8("programs.csv", Lines("program_id;name", "P-LAND;Landesprogramm")),
            Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount", "SCLA;P-LAND;2017-07-01;2019-09-30;1000")),
            Utf8("budget_lines.csv", Lines("project_id;cost_category;approved_amount", "SCLA;PERS;500")),
            Utf8("participants.csv", Lines("project_id;participant_id;entry_date", "SCLA;TN-1;2017-08-01")),
        ]);
        Assert.That(outcome.Problems, Is.Empty);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>Every FOREIGN KEY / REFERENCES of the schema, as (child table, parent table).</summary>
    private static readonly (string Child, string Parent)[] SchemaKeys =
    [
        ("budget_lines", "projects"), ("disbursements", "projects"), ("expenditures", "projects"),
        ("participants", "projects"), ("placements", "participants"), ("projects", "programs"),
    ];

    [Test]
    public void Schema_ForeignKeys_AreTheOnesTheImporterChecks()
    {
        using var connection = Open();
        var keys = connection.Query<(string, string)>("""
            SELECT m.name, f."table" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' GROUP BY m.name, f."table" ORDER BY m.name, f."table";
            """).ToArray();

        Assert.That(keys, Is.EqualTo(SchemaKeys));
    }

    [TestCase("projects.csv", "project_id;program_id;start_date;end_date;grant_amount", "NEU;P-NONE;2017-07-01;2019-09-30;1000", TestName = "Project of an unknown program")]
    [TestCase("projects.csv", "project_id;program_id;start_date", "SCLA;P-NONE;2017-07-01", TestName = "Correction moving a project to an unknown program")]
    [TestCase("budget_lines.csv", "project_id;cost_category;approved_amount", "NONE;PERS;500", TestName = "Budget line of an unknown project")]
    [TestCase("participants.csv", "project_id;participant_id;entry_date", "NONE;TN-2;2017-08-01", TestName = "Participant of an unknown project")]
    [TestCase("placements.csv", "project_id;participant_id;placement_date;kind", "SCLA;TN-9;2017-09-01;employment", TestName = "Placement of an unknown participant")]
    [TestCase("placements.csv", "project_id;participant_id;placement_date;kind", "NONE;TN-1;2017-09-01;employment", TestName = "Placement of an unknown project")]
    [TestCase("expenditures.csv", "project_id;voucher_no;payment_date;cost_category;amount", "NONE;V-1;2017-09-01;PERS;10", TestName = "Expenditure of an unknown project")]
    [TestCase("disbursements.csv", "project_id;request_no;amount", "NONE;R-1;10", TestName = "Disbursement of an unknown project")]
    public void Import_DanglingReference_IsAnErrorOnItsLineAndStoresNothing(string file, string header, string row)
    {
        var before = StoreContent.Hash(_db);
        using (var store = new SqliteStore(_db))
        {
            var outcome = ImportService.Run(store, [Utf8(file, Lines(header, row))]);

            Assert.That(outcome.Problems.Select(p => (p.File, p.Line)), Is.EqualTo(new[] { (file, 2) }));
        }
        Assert.That(StoreContent.Hash(_db), Is.EqualTo(before));
        AssertNoDanglingReference();
    }

    [Test]
    public void Import_AllSamples_LeaveNoDanglingReferenceAndForeignKeysOnAgain()
    {
        using var store = new SqliteStore(_db);
        foreach (var set in new[] { "dortmund-scla", "soziale-teilhabe-nrw", "offenbach-pro-arbeit" })
        {
            Assert.That(ImportService.Run(store, StreamingImportTests.Samples(set)).Problems, Is.Empty, set);
        }

        AssertNoDanglingReference();
        var thrown = Assert.Throws<SqliteException>(() => store.Save(new ImportBatch(
            [], [], [], [], [], [new Reporting.Core.Domain.Expenditure(new("NONE"), "V-1", new DateOnly(2018, 1, 1), "PERS",
                Reporting.Core.Domain.Money.Euros(1m), null, null)], [])));
        Assert.That(thrown!.SqliteErrorCode, Is.EqualTo(19), "a write after the import meets the foreign keys again");
    }

    private void AssertNoDanglingReference()
    {
        using var connection = Open();
        Assert.That(connection.Query("PRAGMA foreign_key_check;"), Is.Empty);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_db};Pooling=false");
        connection.Open();
        return connection;
    }
}
