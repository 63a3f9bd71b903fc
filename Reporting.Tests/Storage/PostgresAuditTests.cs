using System.Text.Json;
using Npgsql;
using Reporting.Cli;
using Reporting.Tests.Audit;

namespace Reporting.Tests.Storage;

/// <summary>The audit trail on PostgreSQL through the CLI: the same records as on SQLite, and the server's triggers keep
/// its tables append-only.</summary>
public class PostgresAuditTests
{
    [Test]
    public void HistoryAndVerify_OnPostgres_RecordImportsAndRunsAndCheckFiles()
    {
        using var cli = new AuditCli(PostgresServer.Shared.NewDatabase());
        var files = cli.Quarterly();

        var history = JsonDocument.Parse(cli.Run("history", "--format", "json").Out);
        var entries = history.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.That(entries.Select(e => e.GetProperty("type").GetString()), Is.EqualTo(new[] { "import", "report" }));
        Assert.That(entries[0].GetProperty("at").GetString(), Is.EqualTo("2019-01-15T09:00:00Z"));
        Assert.That(entries[0].GetProperty("files").GetArrayLength(), Is.EqualTo(AuditCli.SampleFiles.Length));
        Assert.That(entries[1].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(cli.Run("verify", file).Code, Is.EqualTo(ExitCodes.Ok), file);
        }

        var extra = cli.File("neu.csv", "Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA-DO;DO-9001;01.11.2018\n");
        Assert.That(cli.Run("import", extra).Code, Is.EqualTo(ExitCodes.Ok));
        var changed = cli.Run("verify", files.First(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.That(changed.Code, Is.EqualTo(ExitCodes.Changed), changed.Error);
        Assert.That(changed.Out, Does.Contain("teilnehmende.entries: was "));
    }

    [TestCase("UPDATE import_runs SET started_at = now()")]
    [TestCase("DELETE FROM import_runs")]
    [TestCase("TRUNCATE import_runs CASCADE")]
    [TestCase("UPDATE audit_events SET os_user = 'someone else'")]
    [TestCase("DELETE FROM audit_events")]
    [TestCase("TRUNCATE audit_events CASCADE")]
    [TestCase("UPDATE audit_import_files SET sha256 = 'x'")]
    [TestCase("DELETE FROM audit_report_files")]
    [TestCase("DELETE FROM audit_report_values")]
    public void AuditTables_UpdateDeleteOrTruncate_IsRefusedByTheServer(string sql)
    {
        var database = PostgresServer.Shared.NewDatabase();
        using var cli = new AuditCli(database);
        cli.Quarterly();
        using var connection = new NpgsqlConnection(database);
        connection.Open();

        using var command = new NpgsqlCommand(sql, connection);
        Assert.That(() => command.ExecuteNonQuery(), Throws.InstanceOf<PostgresException>().With.Message.Contains("append-only"));
        using var count = new NpgsqlCommand("SELECT COUNT(*) FROM audit_events;", connection);
        Assert.That(count.ExecuteScalar(), Is.EqualTo(2L));
    }
}
