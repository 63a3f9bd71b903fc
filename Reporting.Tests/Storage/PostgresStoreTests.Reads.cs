using Npgsql;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using static Reporting.Tests.Support.TestData;

namespace Reporting.Tests.Storage;

/// <summary>PostgreSQL's own read specifications: one snapshot per reader, byte order whatever the database's collation,
/// and summaries filled by the upgrade from schema 1.</summary>
public partial class PostgresStoreTests
{
    [Test]
    public void OpenReader_SaveCommitsWhileReading_ReaderKeepsItsSnapshot()
    {
        using var store = NewStore();
        store.Save(Batch([Program()], [Project()], participants: [Participant("DO-1", "2017-08-01")]));
        using var read = store.OpenReader();
        var before = read.Tallies(ReportScope.AllProjects, D("2018-12-31"), FigureOptions.Default).Single();

        using (var writer = new PostgresStore(_database))
        {
            writer.Save(Batch(participants: [Participant("DO-2", "2017-09-01"), Participant("DO-3", "2017-10-01")],
                expenditures: [new Expenditure(ProjectA, "B-1", D("2017-09-30"), "PERS", Money.Euros(10m), null, null)]));
        }

        Assert.That(read.Snapshot(ProjectA)!.Participants, Has.Count.EqualTo(1));
        Assert.That(read.Tallies(ReportScope.AllProjects, D("2018-12-31"), FigureOptions.Default).Single(), Is.EqualTo(before));
        Assert.That(before.EntriesCumulative, Is.EqualTo(1));
        using var other = new PostgresStore(_database);
        using var later = other.OpenReader();
        Assert.That(later.Tallies(ReportScope.AllProjects, D("2018-12-31"), FigureOptions.Default).Single().EntriesCumulative,
            Is.EqualTo(3));
    }

    [Test]
    public void OpenReader_DatabaseCollatingByGermanRules_ListsInByteOrderAsSqlite()
    {
        _database = PostgresServer.Shared.NewDatabase(icuCollation: "de-DE");
        using var store = NewStore();
        string[] ids = ["b-1", "B-2", "a_3", "A-4", "ä-5", "a10", "a9"];
        var ordinal = ids.Order(StringComparer.Ordinal).ToList();
        store.Save(Batch(
            [Program("p-b"), Program("P-A")],
            ids.Select(id => Project(id, program: "P-A")).ToList(),
            participants: ids.Select(id => Participant(id, "2017-08-01", project: "a9")).ToList(),
            expenditures: ids.Select(id => new Expenditure(new ProjectId("a9"), id, D("2018-01-15"), "PERS", Money.Euros(1m), null, null)).ToList(),
            disbursements: ids.Select(id => new Disbursement(new ProjectId("a9"), id, null, D("2018-01-15"), Money.Euros(1m))).ToList()));

        using var read = store.OpenReader();
        var snapshot = read.Snapshot(new ProjectId("a9"))!;

        Assert.That(read.Programs().Select(p => p.Id.Value), Is.EqualTo(new[] { "P-A", "p-b" }));
        Assert.That(read.Projects(ReportScope.AllProjects).Select(e => e.Project.Id.Value), Is.EqualTo(ordinal));
        Assert.That(read.Tallies(ReportScope.AllProjects, D("2018-12-31"), FigureOptions.Default).Select(t => t.Project.Id.Value),
            Is.EqualTo(ordinal));
        Assert.That(snapshot.Participants.Select(p => p.Id.Value), Is.EqualTo(ordinal));
        Assert.That(snapshot.Expenditures.Select(e => e.VoucherNo), Is.EqualTo(ordinal));
        Assert.That(snapshot.Disbursements.Select(d => d.RequestNo), Is.EqualTo(ordinal));
    }

    [Test]
    public void Migrate_DatabaseCollatingByGermanRules_RecordAndSummaryTextComparesByCodePoint()
    {
        _database = PostgresServer.Shared.NewDatabase(icuCollation: "de-DE");
        using var store = NewStore();
        string[] ids = ["b-1", "B-2", "a_3", "A-4", "ä-5", "a10", "a9"];
        store.Save(Batch([Program()], [Project()],
            expenditures: ids.Select(id => new Expenditure(ProjectA, id, D("2018-01-15"), "PERS", Money.Euros(1m), null, null)).ToList()));
        using var raw = new NpgsqlConnection(_database);
        raw.Open();

        using (var columns = new NpgsqlCommand("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
              AND table_name IN ('programs', 'projects', 'budget_lines', 'participants', 'placements', 'expenditures',
                  'disbursements', 'daily_totals', 'first_placements');
            """, raw))
        using (var reader = columns.ExecuteReader())
        {
            var others = new List<string>();
            while (reader.Read())
            {
                others.Add(reader.GetString(0));
            }
            Assert.That(others, Is.Empty, "text columns that sort by the database's locale");
        }
        // A plain ORDER BY, with no COLLATE of its own, and the primary key's order are byte order.
        using var ordered = new NpgsqlCommand("SELECT voucher_no FROM expenditures ORDER BY project_id, voucher_no;", raw);
        using var rows = ordered.ExecuteReader();
        var vouchers = new List<string>();
        while (rows.Read())
        {
            vouchers.Add(rows.GetString(0));
        }
        Assert.That(vouchers, Is.EqualTo(ids.Order(StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void Migrate_Version1DatabaseWithRecords_FillsSummariesThatTallyAsTheEngine()
    {
        var batch = EdgeCaseRecords.Batch();
        using (var raw = new NpgsqlConnection(_database))
        {
            raw.Open();
            Execute(raw, PostgresMigrations.CreateVersionTable + PostgresMigrations.Scripts[0] + "UPDATE schema_version SET version = 1;");
            InsertAtVersion1(raw, batch);
        }

        using var store = new PostgresStore(_database);
        Assert.That(store.SchemaVersion, Is.EqualTo(1));
        store.Migrate();

        Assert.That(store.SchemaVersion, Is.EqualTo(PostgresStore.CurrentSchemaVersion));
        Assert.That(store.Count().Values.Sum(), Is.EqualTo(batch.Count));
        using var read = store.OpenReader();
        var stored = new DataSet(read.Programs(), read.Snapshots(ReportScope.AllProjects).ToList());
        var engine = new DataSetReader(stored);
        foreach (var asOf in new[] { "2017-12-31", "2018-01-01", "2018-03-31", "2018-05-14", "2018-05-15", "2018-12-31", "2019-06-30", "2020-06-30" })
        {
            Assert.That(read.Tallies(ReportScope.AllProjects, D(asOf), FigureOptions.Default),
                Is.EqualTo(engine.Tallies(ReportScope.AllProjects, D(asOf), FigureOptions.Default)), asOf);
        }
        Assert.That(read.Tallies(ReportScope.Project("EDGE"), D("2018-05-15"), FigureOptions.Default).Single().PlacementsCumulative,
            Is.EqualTo(4));
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] args)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        command.ExecuteNonQuery();
    }

    /// <summary>Writes the records with schema 1's columns, as a program of that version did.</summary>
    private static void InsertAtVersion1(NpgsqlConnection c, ImportBatch batch)
    {
        foreach (var p in batch.Programs)
        {
            Execute(c, "INSERT INTO programs VALUES (@id, @name, @funder, @basis);",
                ("id", p.Id.Value), ("name", p.Name), ("funder", p.Funder), ("basis", p.LegalBasis));
        }
        foreach (var p in batch.Projects)
        {
            Execute(c, """
                INSERT INTO projects VALUES (@id, @program, @name, @recipient, @region, @start, @end, @grant, @own, @third,
                    @target, @places, @kinds);
                """,
                ("id", p.Id.Value), ("program", p.ProgramId.Value), ("name", p.Name), ("recipient", p.Recipient),
                ("region", p.Region), ("start", p.Runtime.Start), ("end", p.Runtime.End), ("grant", p.Grant.ToCents()),
                ("own", p.OwnFunds.ToCents()), ("third", p.ThirdPartyFunds.ToCents()), ("target", p.TargetPlacements),
                ("places", p.Places), ("kinds", string.Join(';', p.TargetKinds.Order().Select(k => k.Code()))));
        }
        foreach (var b in batch.BudgetLines)
        {
            Execute(c, "INSERT INTO budget_lines (project_id, cost_category, label, approved_cents) VALUES (@p, @c, @l, @a);",
                ("p", b.ProjectId.Value), ("c", b.CostCategory), ("l", b.Label), ("a", b.Approved.ToCents()));
        }
        foreach (var p in batch.Participants)
        {
            Execute(c, "INSERT INTO participants VALUES (@p, @id, @entry, @exit, @reason, @gender, @born, @ltu, @refugee, @disabled);",
                ("p", p.ProjectId.Value), ("id", p.Id.Value), ("entry", p.EntryDate), ("exit", p.ExitDate),
                ("reason", p.ExitReason?.Code()), ("gender", p.Gender?.Code()), ("born", p.BirthYear),
                ("ltu", p.LongTermUnemployed), ("refugee", p.Refugee), ("disabled", p.SeverelyDisabled));
        }
        foreach (var p in batch.Placements)
        {
            Execute(c, "INSERT INTO placements VALUES (@p, @id, @date, @kind, @sector, @sustained);",
                ("p", p.ProjectId.Value), ("id", p.ParticipantId.Value), ("date", p.Date), ("kind", p.Kind.Code()),
                ("sector", p.Sector), ("sustained", p.Sustained6m));
        }
        foreach (var e in batch.Expenditures)
        {
            Execute(c, "INSERT INTO expenditures VALUES (@p, @no, @date, @category, @cents, @payee, @text);",
                ("p", e.ProjectId.Value), ("no", e.VoucherNo), ("date", e.PaymentDate), ("category", e.CostCategory),
                ("cents", e.Amount.ToCents()), ("payee", e.Payee), ("text", e.Description));
        }
        foreach (var d in batch.Disbursements)
        {
            Execute(c, "INSERT INTO disbursements VALUES (@p, @no, @requested, @received, @cents);",
                ("p", d.ProjectId.Value), ("no", d.RequestNo), ("requested", d.RequestDate), ("received", d.ReceivedDate),
                ("cents", d.Amount.ToCents()));
        }
    }
}
