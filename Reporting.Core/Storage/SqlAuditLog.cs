using System.Data.Common;
using System.Globalization;
using Dapper;
using Reporting.Core.Audit;
using Reporting.Core.Reports;

namespace Reporting.Core.Storage;

/// <summary>The audit trail in the tables of schema script 4 (<c>audit_events</c> and the file and value tables hanging
/// off it), the same SQL on SQLite and PostgreSQL but for how times are stored and a new row's number is returned.</summary>
/// <remarks>Only INSERT and SELECT: the tables are append-only, and the database's triggers refuse anything else.</remarks>
internal abstract class SqlAuditLog(DbConnection connection) : IAuditLog
{
    protected DbConnection Connection => connection;

    /// <summary>How the backend stores a time (ISO text on SQLite, TIMESTAMPTZ on PostgreSQL).</summary>
    protected abstract object Time(DateTimeOffset at);

    protected abstract DateTimeOffset ReadTime(object stored);

    /// <summary>Inserts one audit_events row from the parameters of <see cref="EventColumns"/> and returns its seq.</summary>
    protected abstract string InsertEvent { get; }

    /// <summary>Runs <paramref name="action"/>, turning the backend's faults into a <see cref="Storage.StoreException"/>.</summary>
    protected abstract T Guard<T>(Func<T> action);

    protected const string EventColumns =
        "(kind, recorded_at, os_user, tool_version, import_run, run_id, form, scope, period, options, input_hash, projects) "
        + "VALUES (@Kind, @At, @User, @Version, @ImportRun, @RunId, @Form, @Scope, @Period, @Options, @InputHash, @Projects)";

    private const string InsertImportFile = """
        INSERT INTO audit_import_files (seq, ordinal, name, kind, sha256, row_count, added, changed, unchanged, projects)
        VALUES (@Seq, @Ordinal, @Name, @Kind, @Sha256, @Rows, @Added, @Changed, @Unchanged, @Projects);
        """;

    private const string InsertReportFile = """
        INSERT INTO audit_report_files (seq, ordinal, form_key, format, path, sha256)
        VALUES (@Seq, @Ordinal, @FormKey, @Format, @Path, @Sha256);
        """;

    private const string InsertValues = "INSERT INTO audit_report_values (seq, form_key, vals) VALUES (@Seq, @FormKey, @Vals);";

    /// <summary>The audit record of an import, inside the import's own transaction (<see cref="Storage.IImportSession.Record"/>).</summary>
    internal static void WriteImport(DbConnection connection, DbTransaction tx, string insertEvent, object at, long importRun, ImportAudit audit)
    {
        var seq = connection.ExecuteScalar<long>(insertEvent, new
        {
            Kind = AuditEvent.Import, At = at, audit.Actor.User, Version = audit.Actor.ToolVersion, ImportRun = (long?)importRun,
            RunId = (string?)null, Form = (string?)null, Scope = (string?)null, Period = (string?)null, Options = (string?)null,
            InputHash = (string?)null, Projects = (string?)null,
        }, tx);
        connection.Execute(InsertImportFile, audit.Files.Select((f, i) => new
        {
            Seq = seq, Ordinal = i, f.Name, f.Kind, f.Sha256, Rows = (long)f.Rows, Added = (long)f.Added, Changed = (long)f.Changed,
            Unchanged = (long)f.Unchanged, Projects = string.Join('\n', f.Projects),
        }), tx);
    }

    public void Record(string kind, ReportRun run, AuditActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(actor);
        Guard(() =>
        {
            using var tx = connection.BeginTransaction();
            var seq = connection.ExecuteScalar<long>(InsertEvent, new
            {
                Kind = kind, At = Time(at), actor.User, Version = actor.ToolVersion, ImportRun = (long?)null, run.RunId,
                run.Job.Form, Scope = run.Job.Scope.ToString(), Period = run.Job.Period.Text,
                Options = RunOptions.ToJson(run.Job, run.Today, run.Inputs), run.InputHash, Projects = string.Join('\n', run.Projects),
            }, tx);
            connection.Execute(InsertReportFile, run.Files.Select((f, i) => new
            {
                Seq = seq, Ordinal = i, f.FormKey, f.Format, f.Path, f.Sha256,
            }), tx);
            connection.Execute(InsertValues, run.Forms.Select(f => new { Seq = seq, FormKey = f.Key, Vals = f.Values }), tx);
            tx.Commit();
            return 0;
        });
    }

    // Rows with setters: Dapper then converts each column to the property's type, whichever integer type the backend returns.
    private sealed class ImportFileRow
    {
        public long Seq { get; set; }
        public long Ordinal { get; set; }
        public string Name { get; set; } = "";
        public string? Kind { get; set; }
        public string Sha256 { get; set; } = "";
        public long Rows { get; set; }
        public long Added { get; set; }
        public long Changed { get; set; }
        public long Unchanged { get; set; }
        public string Projects { get; set; } = "";
    }

    private sealed class ReportFileRow
    {
        public long Seq { get; set; }
        public long Ordinal { get; set; }
        public string FormKey { get; set; } = "";
        public string Format { get; set; } = "";
        public string Path { get; set; } = "";
        public string Sha256 { get; set; } = "";
    }

    private const string SelectEvents = """
        SELECT seq AS Seq, kind AS Kind, recorded_at AS RecordedAt, os_user AS OsUser, tool_version AS ToolVersion,
               import_run AS ImportRun, run_id AS RunId, form AS Form, scope AS Scope, period AS Period, options AS Options,
               input_hash AS InputHash, projects AS Projects
        FROM audit_events
        """;

    private const string SelectImportFiles = """
        SELECT seq AS Seq, ordinal AS Ordinal, name AS Name, kind AS Kind, sha256 AS Sha256, row_count AS Rows, added AS Added,
               changed AS Changed, unchanged AS Unchanged, projects AS Projects
        FROM audit_import_files
        """;

    private const string SelectReportFiles = """
        SELECT seq AS Seq, ordinal AS Ordinal, form_key AS FormKey, format AS Format, path AS Path, sha256 AS Sha256
        FROM audit_report_files
        """;

    public IReadOnlyList<AuditEvent> Events() => Guard(() => Load(SelectEvents + " ORDER BY seq;", null));

    public IReadOnlyList<AuditEvent> Runs(string runId) =>
        Guard(() => Load(SelectEvents + " WHERE run_id = @RunId ORDER BY seq;", new { RunId = runId }));

    public (AuditEvent Run, RunFile File)? FindFile(string sha256) => Guard<(AuditEvent, RunFile)?>(() =>
    {
        var file = connection.Query<ReportFileRow>(SelectReportFiles + " WHERE sha256 = @Sha ORDER BY seq DESC, ordinal LIMIT 1;",
            new { Sha = sha256 }).FirstOrDefault();
        if (file is null)
        {
            return null;
        }
        var run = Load(SelectEvents + " WHERE seq = @Seq;", new { file.Seq }).Single();
        return (run, new RunFile(file.Path, file.Format, file.FormKey, file.Sha256));
    });

    public (AuditEvent Run, RunFile File)? FindFileNamed(string fileName) => Guard<(AuditEvent, RunFile)?>(() =>
    {
        var escaped = fileName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        var file = connection.Query<ReportFileRow>(SelectReportFiles + " WHERE path LIKE @Suffix ESCAPE '\\' ORDER BY seq DESC, ordinal;",
                new { Suffix = "%" + escaped })
            .FirstOrDefault(f => string.Equals(System.IO.Path.GetFileName(f.Path), fileName, StringComparison.Ordinal));
        if (file is null)
        {
            return null;
        }
        var run = Load(SelectEvents + " WHERE seq = @Seq;", new { file.Seq }).Single();
        return (run, new RunFile(file.Path, file.Format, file.FormKey, file.Sha256));
    });

    public IReadOnlyList<KeyValuePair<string, string?>>? Values(long seq, string formKey) => Guard(() =>
    {
        var packed = connection.Query<byte[]>("SELECT vals FROM audit_report_values WHERE seq = @Seq AND form_key = @FormKey;",
            new { Seq = seq, FormKey = formKey }).FirstOrDefault();
        return packed is null ? null : FormValues.Unpack(packed);
    });

    private List<AuditEvent> Load(string sql, object? args)
    {
        var events = new List<AuditEvent>();
        using (var reader = connection.ExecuteReader(sql, args))
        {
            // The columns of SelectEvents, by position; integers as whichever type the backend returns.
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            long Number(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            while (reader.Read())
            {
                events.Add(new AuditEvent(Number(0), reader.GetString(1), ReadTime(reader.GetValue(2)), reader.GetString(3), reader.GetString(4))
                {
                    ImportRun = reader.IsDBNull(5) ? null : Number(5),
                    RunId = Text(6), Form = Text(7), Scope = Text(8), Period = Text(9), Options = Text(10), InputHash = Text(11),
                    Projects = Split(Text(12)),
                });
            }
        }
        if (events.Count == 0)
        {
            return [];
        }
        var seqs = events.Select(e => e.Seq).ToHashSet();
        var first = events.Min(e => e.Seq);
        var imports = connection.Query<ImportFileRow>(SelectImportFiles + " WHERE seq >= @First ORDER BY seq, ordinal;", new { First = first })
            .Where(f => seqs.Contains(f.Seq)).ToLookup(f => f.Seq);
        var reports = connection.Query<ReportFileRow>(SelectReportFiles + " WHERE seq >= @First ORDER BY seq, ordinal;", new { First = first })
            .Where(f => seqs.Contains(f.Seq)).ToLookup(f => f.Seq);
        return events.Select(e => e with
        {
            ImportFiles = imports[e.Seq].Select(f => new ImportedFile(f.Name, f.Kind, f.Sha256, (int)f.Rows, (int)f.Added, (int)f.Changed,
                (int)f.Unchanged, Split(f.Projects))).ToList(),
            ReportFiles = reports[e.Seq].Select(f => new RunFile(f.Path, f.Format, f.FormKey, f.Sha256)).ToList(),
        }).ToList();
    }

    private static List<string> Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : [.. list.Split('\n')];

    /// <summary>ISO 8601 in UTC, as SQLite keeps times.</summary>
    internal static string IsoTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public void Dispose() => connection.Dispose();
}
