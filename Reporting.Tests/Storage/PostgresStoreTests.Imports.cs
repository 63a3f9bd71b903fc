using System.Globalization;
using System.Text;
using Npgsql;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using Reporting.Tests.Import;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Storage;

/// <summary>The streaming import on PostgreSQL: summaries kept by deltas equal a rebuild, and a refused, failed or
/// dry-run import leaves every table as it was.</summary>
public partial class PostgresStoreTests
{
    [Test]
    public void Import_DailyTotalsByDelta_EqualARebuildFromTheRecords()
    {
        using (var store = NewStore())
        {
            Assert.That(ImportService.Run(store, StreamingImportTests.Samples("dortmund-scla")).Problems.Rendered(), Is.Empty);
            var change = ImportService.Run(store, [
                Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Austritt;Austrittsgrund", "SCLA-DO;DO-0001;;")),
                Utf8("expenditures.csv", Lines("project_id;voucher_no;amount", "SCLA-DO;SCLA-2017-0001;1,23")),
                Utf8("projects.csv", Lines("project_id;target_kinds", "SCLA-DO;\"employment;apprenticeship\""), RecordKind.Projects),
            ]);
            Assert.That(change.Problems.Rendered(), Is.Empty);
            Assert.That(change.Files.Select(f => f.Changed), Is.EqualTo(new[] { 1, 1, 1 }));
        }
        var kept = Dump("daily_totals", "first_placements");

        Execute($"SELECT 1; {string.Join(' ', Projects().Select(p => PostgresStore.RebuildSummaries.Replace("@ProjectId", $"'{p}'", StringComparison.Ordinal)))}");

        Assert.That(kept, Does.Contain("SCLA-DO|"));
        Assert.That(Dump("daily_totals", "first_placements"), Is.EqualTo(kept));
    }

    [TestCase(false, TestName = "Import_RefusedImport_LeavesEveryTableAsItWas")]
    [TestCase(true, TestName = "Import_DryRun_LeavesEveryTableAsItWas")]
    public void Import_NotCommitted_LeavesEveryTableAsItWas(bool dryRun)
    {
        using var store = NewStore();
        ImportService.Run(store, StreamingImportTests.Samples("dortmund-scla"));
        var before = Dump(Tables);

        var outcome = ImportService.Run(store, [
            Utf8("neu.csv", Lines("project_id;participant_id;entry_date", "SCLA-DO;NEU-1;2018-03-01")),
            Utf8("korrektur.csv", Lines("project_id;voucher_no;amount", "SCLA-DO;SCLA-2017-0001;1,23")),
            Utf8("schlecht.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount", dryRun ? "SCLA-DO;X-1;2018-05-01;PERS;1" : "SCLA-DO;X-1;2018-05-01;NONE;1")),
        ], dryRun);

        Assert.That(outcome.Succeeded, Is.EqualTo(dryRun));
        Assert.That(outcome.Files.Sum(f => f.Added + f.Changed), Is.EqualTo(dryRun ? 3 : 2));
        Assert.That(Dump(Tables), Is.EqualTo(before));
    }

    [Test]
    public void Import_ProjectsNewInTheSameImport_RecordsCopiedStraightInStillMeetDuplicatesAndSummaries()
    {
        using var store = NewStore();
        ImportService.Run(store, StreamingImportTests.Samples("dortmund-scla"));
        var projects = Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount",
            "P1;MIL-NRW;2018-01-01;2019-12-31;1", "P2;MIL-NRW;2018-01-01;2019-12-31;1", "P3;MIL-NRW;2018-01-01;2019-12-31;1",
            "P4;MIL-NRW;2018-01-01;2019-12-31;1", "P5;MIL-NRW;2018-01-01;2019-12-31;1"));
        // P1 is left for four other projects (more than the session keeps) and met again, with a key it already wrote.
        var rows = new[] { "P1;A;2018-02-01", "P2;A;2018-02-01", "P3;A;2018-02-01", "P4;A;2018-02-01", "P5;A;2018-03-01",
            "SCLA-DO;NEU;2018-02-01", "P1;B;2018-02-02", "P1;A;2018-02-03" };

        var refused = ImportService.Run(store, [projects, Utf8("participants.csv", Lines(["project_id;participant_id;entry_date", .. rows]))]);

        Assert.That(refused.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 9, column participant_id: participant 'A' of project 'P1' appears twice; also on line 2",
        }));
        Assert.That(store.Count()[RecordKind.Projects], Is.EqualTo(1), "a refused import stores nothing");
        var stored = store.Count()[RecordKind.Participants];

        var outcome = ImportService.Run(store, [projects,
            Utf8("participants.csv", Lines(["project_id;participant_id;entry_date", .. rows[..^1]]))]);
        // A file of new projects' records that changes a stored one part way through: the rest is staged and merged.
        var newProjects = Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount",
            "P6;MIL-NRW;2018-01-01;2019-12-31;1"));
        var mixed = ImportService.Run(store, [newProjects,
            Utf8("korrektur.csv", Lines("project_id;participant_id;entry_date", "P6;C;2018-04-01", "P1;A;2018-02-05", "P6;D;2018-04-02"))]);

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Files.Select(f => (f.Added, f.Changed)), Is.EqualTo(new[] { (5, 0), (7, 0) }));
        Assert.That(mixed.Problems.Rendered(), Is.Empty);
        Assert.That(mixed.Files.Select(f => (f.Added, f.Changed)), Is.EqualTo(new[] { (1, 0), (2, 1) }));
        Assert.That(store.Count()[RecordKind.Participants], Is.EqualTo(stored + 9));
        var kept = Dump("daily_totals", "first_placements");
        Execute($"SELECT 1; {string.Join(' ', Projects().Select(p => PostgresStore.RebuildSummaries.Replace("@ProjectId", $"'{p}'", StringComparison.Ordinal)))}");
        Assert.That(Dump("daily_totals", "first_placements"), Is.EqualTo(kept));
        Assert.That(kept, Does.Contain("P6|"));
    }

    [Test]
    public void Import_UnsortedFileRevisitingProjects_FindsDuplicatesAndMergesEveryRow()
    {
        using var store = NewStore();
        ImportService.Run(store, StreamingImportTests.Samples("dortmund-scla"));
        ImportService.Run(store, [
            Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount",
                "P1;MIL-NRW;2018-01-01;2019-12-31;1", "P2;MIL-NRW;2018-01-01;2019-12-31;1", "P3;MIL-NRW;2018-01-01;2019-12-31;1",
                "P4;MIL-NRW;2018-01-01;2019-12-31;1", "P5;MIL-NRW;2018-01-01;2019-12-31;1")),
        ]);
        var stored = store.Count()[RecordKind.Participants];
        var rows = new[] { "P1;A", "P2;A", "P3;A", "P4;A", "P5;A", "SCLA-DO;NEU", "P1;B", "P1;A" }
            .Select(r => r + ";2018-02-01").ToArray();

        var outcome = ImportService.Run(store, [Utf8("participants.csv", Lines(["project_id;participant_id;entry_date", .. rows]))]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "participants.csv line 9, column participant_id: participant 'A' of project 'P1' appears twice; also on line 2",
        }));
        var again = ImportService.Run(store, [Utf8("participants.csv", Lines(["project_id;participant_id;entry_date", .. rows[..^1]]))]);
        Assert.That(again.Problems.Rendered(), Is.Empty);
        Assert.That(again.Files.Single().Added, Is.EqualTo(7));
        Assert.That(store.Count()[RecordKind.Participants], Is.EqualTo(stored + 7));
    }

    [Test]
    public void Import_RecordsOfProjectsAddedInTheSameImport_AreCheckedAsOnSqlite()
    {
        // Six new projects; their placements are checked against entry dates, and keys repeated after more projects
        // than the session keeps are still duplicates.
        var ids = Enumerable.Range(1, 6).Select(i => $"N{i}").ToArray();
        ImportFile[] Files() =>
        [
            Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
            Utf8("projects.csv", Lines(["project_id;program_id;start_date;end_date;grant_amount", .. ids.Select(p => $"{p};P1;2018-01-01;2019-12-31;1000")])),
            Utf8("budget.csv", Lines(["project_id;cost_category;approved_amount", .. ids.Select(p => $"{p};PERS;500")])),
            Utf8("participants.csv", Lines(["project_id;participant_id;entry_date", .. ids.SelectMany(p => new[] { $"{p};A;2018-02-01", $"{p};B;2018-03-01" })])),
            Utf8("placements.csv", Lines(["project_id;participant_id;placement_date;kind",
                .. ids.Select(p => $"{p};A;2018-05-01;employment"), "N1;B;2018-02-15;employment", "N2;C;2018-05-01;employment",
                "N1;A;2018-05-01;employment"])),
            Utf8("expenditures.csv", Lines(["project_id;voucher_no;payment_date;cost_category;amount",
                .. ids.SelectMany(p => Enumerable.Range(1, 50).Select(v => $"{p};V{v};2018-04-01;PERS;1,00")), "N2;V7;2018-04-02;PERS;2,00"])),
        ];
        var dir = Directory.CreateTempSubdirectory("fr-pg-parity-").FullName;
        try
        {
            string[] onSqlite;
            using (var sqlite = new SqliteStore(Path.Combine(dir, "s.db")))
            {
                onSqlite = ImportService.Run(sqlite, Files()).Problems.Rendered().ToArray();
            }
            using var store = NewStore();

            var onPostgres = ImportService.Run(store, Files()).Problems.Rendered();

            Assert.That(onPostgres, Is.EqualTo(new[]
            {
                "placements.csv line 8, column placement_date: '2018-02-15' is before the participant's entry date 2018-03-01",
                "placements.csv line 9, column participant_id: participant 'C' does not exist in project 'N2'",
                "placements.csv line 10, column placement_date: the employment placement of participant 'A' of project 'N1' on 2018-05-01 appears twice; also on line 2",
                "expenditures.csv line 302, column voucher_no: voucher 'V7' of project 'N2' appears twice; also on line 58",
            }));
            Assert.That(onPostgres, Is.EqualTo(onSqlite));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Import_ValuesOfEveryKind_ArriveThroughTheCopyAsWritten()
    {
        // Longer than the COPY writer's 64 KiB block, so it takes the path past the block.
        var longText = string.Concat(Enumerable.Repeat("Prüfvermerk Ä ö ü ß € 资助 ", 3_000));
        using (var store = NewStore())
        {
            var outcome = ImportService.Run(store, [
                Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
                Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount", "Ä-1;P1;1990-01-01;2100-12-31;1000")),
                Utf8("budget.csv", Lines("project_id;cost_category;approved_amount", "Ä-1;PERS;500")),
                Utf8("participants.csv", Lines("project_id;participant_id;entry_date;exit_date;gender;birth_year;long_term_unemployed",
                    "Ä-1;T1;1990-01-01;2100-12-31;f;1960;ja", "Ä-1;T2;2000-01-01;;;;nein", "Ä-1;T3;1999-12-31;;;;")),
                Utf8("expenditures.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount;payee;description",
                    $"Ä-1;V1;2000-01-01;PERS;-0,01;Müller & Söhne;\"{longText}\"", "Ä-1;V2;2100-12-31;PERS;999.999.999,99;;")),
            ]);
            Assert.That(outcome.Problems.Rendered(), Is.Empty);
        }

        var stored = Dump("participants", "expenditures");

        // Dump writes dates as the invariant culture does (month/day/year) and flags as True/False.
        Assert.That(stored, Does.Contain("Ä-1|T1|01/01/1990|12/31/2100|∅|f|1960|True|")
            .And.Contain("Ä-1|T2|01/01/2000|∅|∅|∅|∅|False|").And.Contain("Ä-1|T3|12/31/1999|∅|∅|∅|∅|∅|"));
        Assert.That(stored, Does.Contain($"Ä-1|V1|01/01/2000|PERS|-1|Müller & Söhne|{longText}|"));
        Assert.That(stored, Does.Contain("Ä-1|V2|12/31/2100|PERS|99999999999|∅|∅|"));
    }

    private static readonly string[] Tables =
    [
        "programs", "projects", "budget_lines", "participants", "placements", "expenditures", "disbursements", "import_runs",
        "daily_totals", "first_placements",
    ];

    private List<string> Projects()
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT project_id FROM projects;", connection);
        using var reader = command.ExecuteReader();
        var projects = new List<string>();
        while (reader.Read())
        {
            projects.Add(reader.GetString(0));
        }
        return projects;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of <paramref name="tables"/> as text, in a fixed order.</summary>
    private string Dump(params string[] tables)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append(table).Append('\n');
            using var command = new NpgsqlCommand($"SELECT * FROM {table} ORDER BY 1, 2;", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}
