using System.Globalization;
using Microsoft.Data.Sqlite;
using Reporting.Bench.Measure;
using Reporting.Core.Generation;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Import;
using Reporting.Tests.Support;

namespace Reporting.Tests.Bench;

/// <summary>The bench's second import anchor is fair only if it stores what the import stored: every row of every
/// table an import writes, loaded by <c>sqlite3 .import</c> into a fresh database with the import's tables, is the
/// import's row (no timing).</summary>
public class BenchStoredRowsTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("fr-stored-rows-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Folder(string name) => Path.Combine(_dir, name);

    [Test]
    public void SqliteStoredRows_LoadedIntoAFreshDatabase_AreTheRowsTheImportStored()
    {
        Prerequisite.Executable("/usr/bin/sqlite3", "apt-get install sqlite3; .ci/run does this");
        var summary = DataGenerator.Write(new GenerationSize(4, 400, 2_000, 5), Folder("set"));
        using (var store = new SqliteStore(Folder("imported.db")))
        {
            var outcome = ImportService.Run(store, summary.Files.Select(f => ImportFile.Read(f.Path, Path.GetFileName(f.Path))).ToArray());
            Assert.That(outcome.Problems.Rendered(), Is.Empty);
        }
        using (var fresh = new SqliteStore(Folder("loaded.db")))
        {
            fresh.Migrate();
        }

        var (script, rows) = StoredRows.ExportSqlite(Folder("imported.db"), Folder("rows"));
        StoredRows.LoadSqlite(Folder("loaded.db"), script);

        var imported = StoredRows.Tables.ToDictionary(t => t, t => Rows(Folder("imported.db"), t));
        foreach (var table in StoredRows.Tables)
        {
            Assert.That(Rows(Folder("loaded.db"), table), Is.EqualTo(imported[table]), table);
        }
        Assert.That(rows, Is.EqualTo(imported.Values.Sum(r => (long)r.Count)));
        Assert.That(rows, Is.GreaterThan(summary.Rows), "the summaries (daily totals, first placements) are loaded too");
    }

    /// <summary>A table's rows, sorted, each value as its storage class and invariant text, NULL and the empty text
    /// alike (the CSV the anchor loads has no NULL; SQLite stores both in as many bytes).</summary>
    private static List<string> Rows(string database, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                {
                    "" => "",
                    var value => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
                })));
        }
        Assert.That(rows, Is.Not.Empty, table);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
