using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Storage;
using static Reporting.Tests.Import.ImportFiles;

namespace Reporting.Tests.Import;

/// <summary>The streaming import into SQLite: one pass, one transaction, counts per file, duplicates found from the
/// stored rows' provenance, summaries kept exact by deltas, and corrections that change only the columns they name.</summary>
public class StreamingImportTests
{
    private string _dir = "";
    private string _db = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("fr-streaming-").FullName;
        _db = Path.Combine(_dir, "s.db");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    internal static string SamplesFolder(string set)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FundingReports.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("FundingReports.sln not found"), "samples", set);
    }

    internal static ImportFile[] Samples(string set) =>
        Directory.GetFiles(SamplesFolder(set), "*.csv").Order(StringComparer.Ordinal)
            .Select(path => ImportFile.Read(path, Path.GetFileName(path))).ToArray();

    private static ImportFile[] Base() =>
    [
        Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
        Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount", "A;P1;2020-01-01;2021-12-31;1000")),
        Utf8("budget.csv", Lines("project_id;cost_category;approved_amount", "A;PERS;500")),
        Utf8("participants.csv", Lines("project_id;participant_id;entry_date;exit_date;gender",
            "A;T1;2020-02-01;2020-06-30;f", "A;T2;2020-03-01;;m")),
        Utf8("placements.csv", Lines("project_id;participant_id;placement_date;kind", "A;T1;2020-07-01;employment")),
        Utf8("expenditures.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount", "A;V1;2020-02-10;PERS;100,50",
            "A;V2;2020-02-10;PERS;-0,50")),
    ];

    [Test]
    public void Import_PlacementsNotSortedByProject_CheckEveryRowAgainstItsParticipant()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, [
            Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
            Utf8("projects.csv", Lines("project_id;program_id;start_date;end_date;grant_amount",
                "A;P1;2020-01-01;2021-12-31;1000", "B;P1;2020-01-01;2021-12-31;1000")),
            Utf8("participants.csv", Lines("project_id;participant_id;entry_date",
                "A;T1;2020-02-01", "A;T2;2020-03-01", "B;T1;2020-05-01")),
        ]);

        // A, B, then A again: the second visit of A is answered without its first reading.
        var outcome = ImportService.Run(store, [Utf8("placements.csv", Lines("project_id;participant_id;placement_date;kind",
            "A;T1;2020-04-01;employment",
            "B;T1;2020-04-01;employment",
            "B;T2;2020-06-01;employment",
            "A;T2;2020-02-15;employment",
            "A;T3;2020-06-01;employment",
            "A;T2;2020-06-01;employment"))]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "placements.csv line 3, column placement_date: '2020-04-01' is before the participant's entry date 2020-05-01",
            "placements.csv line 4, column participant_id: participant 'T2' does not exist in project 'B'",
            "placements.csv line 5, column placement_date: '2020-02-15' is before the participant's entry date 2020-03-01",
            "placements.csv line 6, column participant_id: participant 'T3' does not exist in project 'A'",
        }));
    }

    [Test]
    public void Import_SecondTimeWithOneChange_CountsAddedChangedUnchanged()
    {
        using var store = new SqliteStore(_db);
        var first = ImportService.Run(store, Base());
        var second = ImportService.Run(store, [Utf8("participants.csv", Lines("project_id;participant_id;entry_date;exit_date;gender",
            "A;T1;2020-02-01;2020-06-30;f", "A;T2;2020-03-01;2020-09-30;m", "A;T3;2020-04-01;;d"))]);

        Assert.That(first.Problems.Rendered(), Is.Empty);
        Assert.That(first.Files.Select(f => (f.Added, f.Changed, f.Unchanged)), Is.All.Matches<(int A, int C, int U)>(t => t.C == 0 && t.U == 0));
        Assert.That(second.Files.Single(), Is.EqualTo(new ImportFileSummary("participants.csv", RecordKind.Participants, 3)
        {
            Added = 1, Changed = 1, Unchanged = 1,
        }));
        Assert.That(store.Count()[RecordKind.Participants], Is.EqualTo(3));
    }

    [Test]
    public void Import_SameKeyInTwoFiles_IsADuplicateNamingTheFirstFileAndLine()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());

        var outcome = ImportService.Run(store, [
            Utf8("a.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount", "A;V9;2020-03-01;PERS;1")),
            Utf8("b.csv", Lines("project_id;voucher_no;payment_date;cost_category;amount", "A;V8;2020-03-01;PERS;1", "A;V9;2020-03-02;PERS;2")),
        ]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "b.csv line 3, column voucher_no: voucher 'V9' of project 'A' appears twice; also on a.csv line 2",
        }));
        Assert.That(store.Count()[RecordKind.Expenditures], Is.EqualTo(2), "nothing of the failed import is stored");
    }

    [Test]
    public void Import_StoredKeyNamedAgain_IsNotADuplicate()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());

        var outcome = ImportService.Run(store, Base());

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        Assert.That(outcome.Files.Sum(f => f.Unchanged), Is.EqualTo(8));
    }

    [Test]
    public void Import_DailyTotalsByDelta_EqualARebuildFromTheRecords()
    {
        using (var store = new SqliteStore(_db))
        {
            Assert.That(ImportService.Run(store, Samples("dortmund-scla")).Problems.Rendered(), Is.Empty);
            var change = ImportService.Run(store, [
                Utf8("participants.csv", Lines("Projekt-ID;Teilnehmer-ID;Austritt;Austrittsgrund", "SCLA-DO;DO-0001;;")),
                Utf8("expenditures.csv", Lines("project_id;voucher_no;amount", "SCLA-DO;SCLA-2017-0001;1,23")),
                Utf8("projects.csv", Lines("project_id;target_kinds", "SCLA-DO;\"employment;apprenticeship\""), RecordKind.Projects),
            ]);
            Assert.That(change.Problems.Rendered(), Is.Empty);
            Assert.That(change.Files.Select(f => f.Changed), Is.EqualTo(new[] { 1, 1, 1 }));
        }

        var (days, firsts) = Summaries();
        using (var connection = Open())
        {
            var projects = connection.Query<string>("SELECT project_id FROM projects;").Select(p => new { ProjectId = p }).ToList();
            connection.Execute(SqliteStore.RebuildSummaries, projects);
        }
        var (rebuiltDays, rebuiltFirsts) = Summaries();
        Assert.That(days, Is.EqualTo(rebuiltDays));
        Assert.That(firsts, Is.EqualTo(rebuiltFirsts));
        Assert.That(days, Is.Not.Empty);
    }

    [Test]
    public void Import_ManyRecordsOfNewProjectsRevisitingOne_FindsDuplicatesAndKeepsSummariesExact()
    {
        // Six new projects of 3,000 vouchers each; the file returns to the first project at its end, and the refused
        // variant repeats a key of the second project after four other projects' rows.
        var projects = Enumerable.Range(1, 6).Select(i => $"N{i};P1;2020-01-01;2021-12-31;1000").ToArray();
        var vouchers = Enumerable.Range(0, 6 * 3000)
            .Select(i => $"N{(i / 3000) + 1};V{i % 3000};2020-{(i % 12) + 1:00}-{(i % 28) + 1:00};PERS;{i % 97},{i % 100:00}").ToList();
        vouchers.Add("N1;V3000;2020-05-05;PERS;7,00");
        ImportFile[] Files(IEnumerable<string> rows) =>
        [
            Utf8("programs.csv", Lines("program_id;name", "P1;Programm")),
            Utf8("projects.csv", Lines(["project_id;program_id;start_date;end_date;grant_amount", .. projects])),
            Utf8("budget.csv", Lines(["project_id;cost_category;approved_amount", .. Enumerable.Range(1, 6).Select(i => $"N{i};PERS;500")])),
            Utf8("expenditures.csv", Lines(["project_id;voucher_no;payment_date;cost_category;amount", .. rows])),
        ];
        using (var store = new SqliteStore(_db))
        {
            var refused = ImportService.Run(store, Files([.. vouchers, "N2;V17;2020-05-05;PERS;7,00"]));

            Assert.That(refused.Problems.Rendered(), Is.EqualTo(new[]
            {
                $"expenditures.csv line {vouchers.Count + 2}, column voucher_no: voucher 'V17' of project 'N2' appears twice; also on line {3000 + 17 + 2}",
            }));
            Assert.That(store.Count().Values.Sum(), Is.EqualTo(0), "a refused import stores nothing");

            var outcome = ImportService.Run(store, Files(vouchers));

            Assert.That(outcome.Problems.Rendered(), Is.Empty);
            Assert.That(outcome.Files.Single(f => f.Kind == RecordKind.Expenditures).Added, Is.EqualTo(vouchers.Count));
            Assert.That(store.Count()[RecordKind.Expenditures], Is.EqualTo(vouchers.Count));
            var again = ImportService.Run(store, Files(vouchers));
            Assert.That(again.Files.Sum(f => f.Unchanged), Is.EqualTo(again.Files.Sum(f => f.Rows)), "a re-import changes nothing");
        }
        var (days, firsts) = Summaries();
        using (var connection = Open())
        {
            var ids = connection.Query<string>("SELECT project_id FROM projects;").Select(p => new { ProjectId = p }).ToList();
            connection.Execute(SqliteStore.RebuildSummaries, ids);
        }
        var (rebuiltDays, rebuiltFirsts) = Summaries();
        Assert.That(days, Is.EqualTo(rebuiltDays).And.Not.Empty);
        Assert.That(firsts, Is.EqualTo(rebuiltFirsts));
    }

    [Test]
    public void Import_CorrectionFileWithOnlyEntryDate_ChangesTheEntryDateAndNothingElse()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());

        var outcome = ImportService.Run(store, [Utf8("korrektur.csv", Lines("Projekt-ID;Teilnehmer-ID;Eintritt", "A;T1;15.02.2020"))]);

        Assert.That(outcome.Problems.Rendered(), Is.Empty);
        var t1 = store.Load().Find(new ProjectId("A"))!.Participants.Single(p => p.Id.Value == "T1");
        Assert.That(t1, Is.EqualTo(new Participant(new ProjectId("A"), new ParticipantId("T1"), new DateOnly(2020, 2, 15),
            new DateOnly(2020, 6, 30), null, Gender.Female, null, null, null, null)));
    }

    [Test]
    public void Import_CorrectionFileNamingANewKey_IsAnErrorNamingTheMissingColumn()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());

        var outcome = ImportService.Run(store, [Utf8("korrektur.csv", Lines("Projekt-ID;Teilnehmer-ID;Geschlecht", "A;T1;m", "A;T9;f"))]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "korrektur.csv line 3: participant 'T9' of project 'A' is not in the database, and a new record needs the column(s) entry_date (Eintritt)",
        }));
        Assert.That(store.Load().Find(new ProjectId("A"))!.Participants.Single(p => p.Id.Value == "T1").Gender, Is.EqualTo(Gender.Female));
    }

    [Test]
    public void Import_DryRun_TakesTheSamePathAndLeavesTheDatabaseAsItWas()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());
        var before = StoreContent.Hash(_db);

        var outcome = ImportService.Run(store, [Utf8("participants.csv", Lines("project_id;participant_id;entry_date", "A;T5;2020-05-01"))],
            dryRun: true);

        Assert.That(outcome.Files.Single().Added, Is.EqualTo(1));
        Assert.That(StoreContent.Hash(_db), Is.EqualTo(before));
    }

    [Test]
    public void Import_RuntimeShortenedWithStoredRecordsOutside_IsRefusedNamingCountAndFirstKeys()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());
        var before = StoreContent.Hash(_db);

        var outcome = ImportService.Run(store, [Utf8("projects.csv", Lines("project_id;end_date", "A;2020-02-05"), RecordKind.Projects)]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "projects.csv line 2: the runtime 2020-01-01 to 2020-02-05 of project 'A' leaves 3 stored record(s) outside it: "
                + "participant 'T2', voucher 'V1', voucher 'V2'",
        }));
        Assert.That(StoreContent.Hash(_db), Is.EqualTo(before));
    }

    [Test]
    public void Import_EntryMovedAfterAStoredPlacement_IsRefusedOnTheParticipantsLine()
    {
        using var store = new SqliteStore(_db);
        ImportService.Run(store, Base());
        ImportService.Run(store, [Utf8("placements.csv", Lines("project_id;participant_id;placement_date;kind", "A;T2;2020-04-01;employment"))]);

        var outcome = ImportService.Run(store, [Utf8("korrektur.csv", Lines("project_id;participant_id;entry_date", "A;T2;2020-05-01"))]);

        Assert.That(outcome.Problems.Rendered(), Is.EqualTo(new[]
        {
            "korrektur.csv line 2: the entry date 2020-05-01 is after the participant's stored placement on 2020-04-01",
        }));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _db, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private (string[] Days, string[] Firsts) Summaries()
    {
        using var connection = Open();
        return (
            connection.Query<string>("SELECT project_id || '|' || day || '|' || entries || '|' || exits || '|' || leavers || '|' || spent_cents FROM daily_totals ORDER BY 1;").ToArray(),
            connection.Query<string>("SELECT project_id || '|' || participant_id || '|' || placement_date || '|' || IFNULL(sustained_6m, '') FROM first_placements ORDER BY 1;").ToArray());
    }
}
