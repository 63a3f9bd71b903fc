using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Reporting.Cli;
using Reporting.Core.Audit;

namespace Reporting.Tests.Audit;

/// <summary>The audit trail on SQLite through the CLI: every import and report run recorded, listed by <c>history</c>,
/// and delivered files checked by <c>verify</c> (docs/audit.md).</summary>
public class AuditTrailTests
{
    [Test]
    public void History_AfterImportsAndReports_ListsEachInTheOrderRun()
    {
        using var cli = new AuditCli();
        var files = cli.Quarterly();
        var proof = cli.Run("report", "proof", "--project", "SCLA-DO", "--period", "2018", "--format", "pdf", "--out", cli.Out);
        Assert.That(proof.Code, Is.EqualTo(ExitCodes.Ok), proof.Error);
        var again = cli.Run(["import", .. AuditCli.SampleFiles]);
        Assert.That(again.Code, Is.EqualTo(ExitCodes.Ok), again.Error);

        var history = cli.Run("history", "--format", "json");

        Assert.That(history.Code, Is.EqualTo(ExitCodes.Ok), history.Error);
        using var json = JsonDocument.Parse(history.Out);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.That(entries.Select(e => e.GetProperty("type").GetString()), Is.EqualTo(new[] { "import", "report", "report", "import" }));
        Assert.That(entries.Select(e => e.GetProperty("seq").GetInt64()), Is.Ordered.Ascending);
        var import = entries[0];
        Assert.That(import.GetProperty("at").GetString(), Is.EqualTo("2019-01-15T09:00:00Z"));
        Assert.That(import.GetProperty("user").GetString(), Is.EqualTo(Environment.UserName));
        Assert.That(import.GetProperty("tool_version").GetString(), Does.StartWith("0.9.0"));
        var participants = import.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "participants");
        var participantsFile = AuditCli.SampleFiles.Single(f => f.EndsWith("participants.csv", StringComparison.Ordinal));
        Assert.That(participants.GetProperty("sha256").GetString(), Is.EqualTo(Core.Reports.DataSetHash.OfFile(participantsFile)));
        Assert.That(participants.GetProperty("rows").GetInt32(), Is.EqualTo(File.ReadAllLines(participantsFile).Length - 1));
        Assert.That(participants.GetProperty("added").GetInt32(), Is.EqualTo(participants.GetProperty("rows").GetInt32()));
        Assert.That(participants.GetProperty("projects").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "SCLA-DO" }));
        var reimport = entries[3].GetProperty("files").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "participants");
        Assert.That(reimport.GetProperty("unchanged").GetInt32(), Is.EqualTo(participants.GetProperty("rows").GetInt32()));
        Assert.That(reimport.GetProperty("added").GetInt32(), Is.Zero);

        var report = entries[1];
        Assert.That(report.GetProperty("form").GetString(), Is.EqualTo("quarterly"));
        Assert.That(report.GetProperty("scope").GetString(), Is.EqualTo("project SCLA-DO"));
        Assert.That(report.GetProperty("period").GetString(), Is.EqualTo("2018-Q4"));
        Assert.That(report.GetProperty("options").GetProperty("publish").GetBoolean(), Is.False);
        Assert.That(report.GetProperty("input_hash").GetString(), Has.Length.EqualTo(64));
        var recorded = report.GetProperty("files").EnumerateArray().ToList();
        Assert.That(recorded.Select(f => f.GetProperty("path").GetString()), Is.EqualTo(files));
        Assert.That(recorded.Select(f => f.GetProperty("sha256").GetString()), Is.EqualTo(files.Select(Core.Reports.DataSetHash.OfFile)));
        Assert.That(entries[2].GetProperty("form").GetString(), Is.EqualTo("proof"));
    }

    [Test]
    public void History_Json_HasTheDocumentedKeysInOrder()
    {
        using var cli = new AuditCli();
        cli.Quarterly();

        using var json = JsonDocument.Parse(cli.Run("history", "--format", "json").Out);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();

        Assert.That(entries[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "seq", "type", "at", "user", "tool_version", "import_run", "files" }));
        Assert.That(entries[0].GetProperty("files")[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "name", "kind", "sha256", "rows", "added", "changed", "unchanged", "projects" }));
        Assert.That(entries[1].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "seq", "type", "at", "user", "tool_version", "run_id", "form", "scope", "period", "options", "input_hash", "projects", "files",
        }));
        Assert.That(entries[1].GetProperty("options").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "form", "scope_kind", "scope", "period", "today", "on", "publish", "csv_style", "formats", "out", "inputs",
        }));
        Assert.That(entries[1].GetProperty("files")[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "path", "format", "form", "sha256" }));
    }

    [Test]
    public void History_ProjectAndSince_FilterTheEntries()
    {
        using var cli = new AuditCli();
        cli.Quarterly();

        var other = cli.Run("history", "--project", "NO-SUCH", "--format", "json");
        var mine = cli.Run("history", "--project", "SCLA-DO", "--since", "2019-01-15", "--format", "json");
        var later = cli.Run("history", "--since", "16.01.2019");
        var table = cli.Run("history");

        Assert.That(JsonDocument.Parse(other.Out).RootElement.GetProperty("entries").GetArrayLength(), Is.Zero);
        Assert.That(JsonDocument.Parse(mine.Out).RootElement.GetProperty("entries").GetArrayLength(), Is.EqualTo(2));
        Assert.That(later.Out.Trim(), Is.EqualTo("no entries"));
        Assert.That(table.Out, Does.Contain("import").And.Contain("quarterly project SCLA-DO 2018-Q4"));
    }

    [Test]
    public void Verify_UnchangedFileOfEveryFormat_ExitsZero()
    {
        using var cli = new AuditCli();
        var files = cli.Quarterly();

        foreach (var file in files)
        {
            var result = cli.Run("verify", file);
            Assert.That(result.Code, Is.EqualTo(ExitCodes.Ok), $"{file}: {result.Out}{result.Error}");
            Assert.That(result.Out, Does.StartWith("unchanged: "));
        }
    }

    [Test]
    public void Verify_AfterAnImportThatChangesAFigure_ExitsSevenNamingFigureOldAndNewValue()
    {
        using var cli = new AuditCli();
        var json = cli.Quarterly().Single(f => f.EndsWith(".json", StringComparison.Ordinal));
        var entries = FormEntries(json);
        var extra = cli.File("neu.csv", "Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA-DO;DO-9001;01.11.2018\n");
        Assert.That(cli.Run("import", extra).Code, Is.EqualTo(ExitCodes.Ok));

        var result = cli.Run("verify", json);

        Assert.That(result.Code, Is.EqualTo(ExitCodes.Changed), result.Error);
        Assert.That(result.Out, Does.StartWith("changed: "));
        Assert.That(result.Out, Does.Contain($"teilnehmende.entries: was {entries}, now {entries + 1}"));
        var xlsx = cli.Run("verify", Path.ChangeExtension(json, ".xlsx"));
        Assert.That(xlsx.Code, Is.EqualTo(ExitCodes.Changed));
        Assert.That(xlsx.Out, Does.Contain($"teilnehmende.entries: was {entries}, now {entries + 1}"));
    }

    /// <summary>The entries of the period as the form's JSON states them.</summary>
    private static int FormEntries(string json)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        return doc.RootElement.GetProperty("sections").EnumerateArray()
            .Where(s => s.GetProperty("id").GetString() == "teilnehmende")
            .SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "fields")
            .Select(b => b.GetProperty("fields").GetProperty("entries").GetInt32()).First();
    }

    [TestCase(".xlsx")]
    [TestCase(".pdf")]
    [TestCase(".json")]
    [TestCase(".csv")]
    public void Verify_AByteOfTheFileChanged_IsReportedAsTampering(string extension)
    {
        using var cli = new AuditCli();
        var file = cli.Quarterly().First(f => f.EndsWith(extension, StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(file);
        var at = extension is ".json" or ".csv" ? Array.LastIndexOf(bytes, (byte)'1') : bytes.Length / 2;
        bytes[at] = (byte)(bytes[at] == (byte)'1' ? '2' : bytes[at] ^ 0x01);
        File.WriteAllBytes(file, bytes);

        var result = cli.Run("verify", file);

        Assert.That(result.Code, Is.EqualTo(ExitCodes.Changed), result.Error);
        Assert.That(result.Out, Does.StartWith("tampered: ").And.Contain("altered after it was written"));
        Assert.That(result.Out, Does.Not.Contain("figure(s) differ"));
    }

    [Test]
    public void Verify_FileNeverProduced_ExitsThree()
    {
        using var cli = new AuditCli();
        cli.Quarterly();
        var stranger = cli.File("fremd.json", "{\"form_id\": \"FR-QB\"}\n");

        var result = cli.Run("verify", stranger);

        Assert.That(result.Code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain("unknown file"));
    }

    [Test]
    public void Verify_FileOfAnotherDatabase_IsUnknown()
    {
        using var first = new AuditCli();
        var xlsx = first.Quarterly().First(f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        using var second = new AuditCli();

        var result = second.Run("verify", xlsx);

        Assert.That(result.Code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("which this database has not recorded"));
    }

    [Test]
    public void Report_SameRecordsAndOptions_GivesTheSameRunIdAndTheSameBytes()
    {
        using var cli = new AuditCli();
        var first = cli.Quarterly();
        var bytes = first.ToDictionary(f => f, File.ReadAllBytes);

        var second = cli.Quarterly();
        var published = cli.Quarterly("--publish");

        Assert.That(second, Is.EqualTo(first));
        // The PDF library stamps each document with an id of its own (from the moment it is written); every other format is the same
        // bytes, and the PDF carries the same run id.
        var stable = first.Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.That(stable.Select(File.ReadAllBytes), Is.EqualTo(stable.Select(f => bytes[f])));
        var runIds = new[] { first[0], published[0] }.Select(RunMarker.Read).ToList();
        Assert.That(runIds[0], Has.Length.EqualTo(RunOptions.RunIdLength));
        Assert.That(runIds[1], Is.Not.EqualTo(runIds[0]), "publish changes the run");
        Assert.That(first.Where(f => !f.EndsWith(".csv", StringComparison.Ordinal)).Select(RunMarker.Read), Has.All.EqualTo(runIds[0]));
    }

    [TestCase("UPDATE import_runs SET started_at = 'x'")]
    [TestCase("DELETE FROM import_runs")]
    [TestCase("UPDATE audit_events SET os_user = 'someone else'")]
    [TestCase("DELETE FROM audit_events")]
    [TestCase("UPDATE audit_import_files SET sha256 = 'x'")]
    [TestCase("DELETE FROM audit_import_files")]
    [TestCase("UPDATE audit_report_files SET sha256 = 'x'")]
    [TestCase("DELETE FROM audit_report_files")]
    [TestCase("UPDATE audit_report_values SET vals = x'00'")]
    [TestCase("DELETE FROM audit_report_values")]
    public void AuditTables_UpdateOrDelete_IsRefusedByTheDatabase(string sql)
    {
        using var cli = new AuditCli();
        cli.Quarterly();
        using var connection = new SqliteConnection($"Data Source={cli.Db};Pooling=False");
        connection.Open();

        Assert.That(() => connection.Execute(sql), Throws.TypeOf<SqliteException>().With.Message.Contains("append-only"));
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_events;"), Is.EqualTo(2));
    }

    [Test]
    public void Import_Failed_RecordsNothing()
    {
        using var cli = new AuditCli();
        var bad = cli.File("kaputt.csv", "Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA-DO;DO-9001;31.02.2018\n");

        Assert.That(cli.Run("import", bad).Code, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Run("import", bad, "--dry-run").Code, Is.EqualTo(ExitCodes.InvalidInput));
        var dry = cli.File("neu.csv", "Projekt-ID;Teilnehmer-ID;Eintritt\nSCLA-DO;DO-9001;01.11.2018\n");
        Assert.That(cli.Run("import", dry, "--dry-run").Code, Is.EqualTo(ExitCodes.Ok));

        var history = JsonDocument.Parse(cli.Run("history", "--format", "json").Out);
        Assert.That(history.RootElement.GetProperty("entries").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Batch_JobsThatWrote_AreRecordedWithTheirRunIds()
    {
        using var cli = new AuditCli();
        var manifest = cli.File("monthly.json", """
            {"output": "batch-out", "jobs": [
              {"form": "monthly", "scope": "all", "period": "2018-12", "formats": ["csv", "xlsx"]},
              {"form": "quarterly", "scope": "project:SCLA-DO", "period": "2018-Q4", "formats": ["json"]}
            ]}
            """);

        var first = cli.Run("batch", manifest);
        var second = cli.Run("batch", manifest);

        Assert.That(first.Code, Is.EqualTo(ExitCodes.Ok), first.Error + first.Out);
        Assert.That(second.Code, Is.EqualTo(ExitCodes.Ok), second.Error);
        var history = JsonDocument.Parse(cli.Run("history", "--format", "json").Out);
        var batch = history.RootElement.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "batch").ToList();
        Assert.That(batch, Has.Count.EqualTo(2), "the second run changed nothing and wrote nothing");
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Dir, "batch-out", "batch-log.json")));
        Assert.That(log.RootElement.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("status").GetString()), Has.All.EqualTo("unchanged"));
        foreach (var file in batch.SelectMany(b => b.GetProperty("files").EnumerateArray()))
        {
            Assert.That(cli.Run("verify", file.GetProperty("path").GetString()!).Code, Is.EqualTo(ExitCodes.Ok));
        }
    }
}
