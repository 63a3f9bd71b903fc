using System.Globalization;
using System.Text;
using System.Text.Json;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Text;

namespace Reporting.Core.Reports;

public enum BatchJobStatus
{
    Ok,
    /// <summary>Same job, same input data, same template, files still there and unchanged: not made again.</summary>
    Unchanged,
    Failed,
}

public sealed record BatchFile(string Path, string Sha256);

public sealed record BatchJobResult(int Index, ReportJob Job, string Key, BatchJobStatus Status, IReadOnlyList<BatchFile> Files, string? Error)
{
    /// <summary>The run of a job that wrote its files (for the audit trail); null when unchanged or failed.</summary>
    public ReportRun? Run { get; init; }
}

public sealed record BatchResult(string InputHash, IReadOnlyList<BatchJobResult> Jobs, string LogPath)
{
    public bool AnyFailed => Jobs.Any(j => j.Status == BatchJobStatus.Failed);
}

/// <summary>Runs every job of a manifest, keeps going when one fails, and writes a run log (<c>batch-log.json</c>) with
/// the SHA-256 of the input data and of every file. A job whose inputs are unchanged since the last logged run and whose
/// files are intact is not made again, so running the same batch twice changes nothing.</summary>
/// <remarks>Every file of the run, the log included, is staged first (<see cref="OutputStage"/>) and all are moved into
/// place together at the end: a failed job leaves none of its files, so the folder holds exactly what the log lists; a
/// run that would write two outputs to one path (<see cref="OutputCollisionException"/>) or is cancelled writes
/// nothing at all.</remarks>
public static class BatchRunner
{
    public const string LogFileName = "batch-log.json";

    /// <summary>Runs <paramref name="jobs"/> into <paramref name="outputFolder"/>; <paramref name="progress"/> hears a line
    /// per job as it ends (and warnings), <paramref name="starting"/> each job as it starts.</summary>
    public static BatchResult Run(Storage.IStoreReader data, IReadOnlyList<ReportJob> jobs, string outputFolder, ReportContext context, Action<string>? progress = null,
        IProgress<BatchProgress>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        CreateFolder(outputFolder);
        // Each job depends on the records of its own scope; the run's input hash covers every scope of the batch.
        var scopeHashes = jobs.Select(j => j.Scope).Distinct().ToDictionary(s => s, s => DataSetHash.Of(data, s));
        var inputHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\n", scopeHashes.OrderBy(h => h.Key.ToString(), StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}")))));
        var logPath = Path.Combine(outputFolder, LogFileName);
        var previous = ReadPreviousLog(logPath);
        var results = new List<BatchJobResult>();
        using var stage = new OutputStage(context.Cancellation);
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            starting?.Report(new BatchProgress(i + 1, jobs.Count, Describe(job)));
            var key = JobKey(job, context, scopeHashes[job.Scope]);
            var owner = $"jobs[{i}]";
            if (previous.TryGetValue(key, out var files) && files.All(f => IsIntact(outputFolder, f)))
            {
                foreach (var f in files)
                {
                    stage.Reserve(Path.Combine(outputFolder, f.Path), $"{owner} ({Describe(job)}, unchanged)");
                }
                results.Add(new BatchJobResult(i, job, key, BatchJobStatus.Unchanged, files, null));
                progress?.Invoke($"job {i + 1}/{jobs.Count} {Describe(job)}: unchanged");
                continue;
            }
            var mark = stage.Count;
            try
            {
                var run = ReportService.StageRun(data, job, context, stage, owner);
                var written = run.Files.Select(f => new BatchFile(Path.GetRelativePath(outputFolder, f.Path), f.Sha256)).ToList();
                results.Add(new BatchJobResult(i, job, key, BatchJobStatus.Ok, written, null) { Run = run });
                progress?.Invoke($"job {i + 1}/{jobs.Count} {Describe(job)}: {written.Count} file(s)");
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OutputCollisionException or OperationCanceledException))
            {
                stage.DiscardFrom(mark);
                var message = e is ReportException r ? string.Join("; ", r.Lines) : $"{e.GetType().Name}: {e.Message}";
                results.Add(new BatchJobResult(i, job, key, BatchJobStatus.Failed, [], message));
                progress?.Invoke($"job {i + 1}/{jobs.Count} {Describe(job)}: FAILED: {message}");
            }
        }
        var result = new BatchResult(inputHash, results, logPath);
        stage.Write(logPath, "the run log", s => WriteLog(result, context, s));
        stage.Commit();
        try
        {
            AppendHistory(result, context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Invoke($"warning: batch-history.log not extended: {OutputFaults.Reason(e)}");
        }
        return result;
    }

    public static string Describe(ReportJob job) =>
        $"{job.Form} {job.Scope} {job.Period} [{string.Join(",", job.Formats)}]{(job.Publish ? " publish" : "")}";

    /// <summary>Everything a job's output depends on: the job, the period as resolved today, the input data,
    /// and the contents of its template and narrative files.</summary>
    private static string JobKey(ReportJob job, ReportContext context, string inputHash)
    {
        var period = job.Period.IsRuntime || job.Period.Fixed is not null
            ? job.Period.Text
            : job.Period.Resolve(new DateRange(context.Today, context.Today), context.Today).Label;
        var template = job.TemplatePath ?? Path.Combine(context.TemplateFolder, FormKinds.DefaultTemplateFile(job.Form));
        var parts = new[]
        {
            job.Form, job.Scope.ToString(), period, string.Join(",", job.Formats), job.Publish ? "publish" : "internal",
            job.CsvStyle?.Name ?? "de", inputHash, HashIfExists(template), job.NarrativePath is null ? "" : HashIfExists(job.NarrativePath),
        };
        return string.Join("|", parts);
    }

    private static string HashIfExists(string path) => File.Exists(path) ? DataSetHash.OfFile(path) : "missing";

    /// <summary>The logged file is in the output folder (a log edited to point elsewhere counts as not intact) and has the
    /// logged hash.</summary>
    private static bool IsIntact(string folder, BatchFile file)
    {
        var path = Path.GetFullPath(Path.Combine(folder, file.Path));
        var inside = Path.GetRelativePath(Path.GetFullPath(folder), path) is var relative
            && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        return inside && File.Exists(path) && DataSetHash.OfFile(path) == file.Sha256;
    }

    private static Dictionary<string, IReadOnlyList<BatchFile>> ReadPreviousLog(string path)
    {
        var result = new Dictionary<string, IReadOnlyList<BatchFile>>();
        if (!File.Exists(path))
        {
            return result;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var job in doc.RootElement.GetProperty("jobs").EnumerateArray())
            {
                var status = job.GetProperty("status").GetString();
                if (status is "ok" or "unchanged")
                {
                    result[job.GetProperty("key").GetString()!] = job.GetProperty("files").EnumerateArray()
                        .Select(f => new BatchFile(f.GetProperty("path").GetString()!, f.GetProperty("sha256").GetString()!)).ToList();
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An unreadable log only means nothing is skipped this time.
        }
        return result;
    }

    private static void WriteLog(BatchResult result, ReportContext context, Stream s)
    {
        using var w = new Utf8JsonWriter(s, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("run_at", context.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteString("today", GermanFormat.IsoDate(context.Today));
        w.WriteString("input_hash", result.InputHash);
        w.WriteNumber("jobs_ok", result.Jobs.Count(j => j.Status == BatchJobStatus.Ok));
        w.WriteNumber("jobs_unchanged", result.Jobs.Count(j => j.Status == BatchJobStatus.Unchanged));
        w.WriteNumber("jobs_failed", result.Jobs.Count(j => j.Status == BatchJobStatus.Failed));
        w.WriteStartArray("jobs");
        foreach (var j in result.Jobs)
        {
            w.WriteStartObject();
            w.WriteNumber("index", j.Index);
            w.WriteString("job", UnicodeText.WellFormed(Describe(j.Job)));
            w.WriteString("status", j.Status.ToString().ToLowerInvariant());
            if (j.Error is not null) w.WriteString("error", UnicodeText.WellFormed(j.Error));
            if (j.Run is not null) w.WriteString("run_id", j.Run.RunId);
            w.WriteString("key", UnicodeText.WellFormed(j.Key));
            w.WriteStartArray("files");
            foreach (var f in j.Files)
            {
                w.WriteStartObject();
                w.WriteString("path", UnicodeText.WellFormed(f.Path));
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void AppendHistory(BatchResult result, ReportContext context)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{context.Now:yyyy-MM-ddTHH:mm:sszzz} input={result.InputHash[..12]} ok={result.Jobs.Count(j => j.Status == BatchJobStatus.Ok)} unchanged={result.Jobs.Count(j => j.Status == BatchJobStatus.Unchanged)} failed={result.Jobs.Count(j => j.Status == BatchJobStatus.Failed)}\n");
        File.AppendAllText(Path.Combine(Path.GetDirectoryName(result.LogPath)!, "batch-history.log"), line, Encoding.UTF8);
    }

    /// <summary>The output folder, made when missing; a refusal is an environment fault.</summary>
    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException(ReportErrorKind.Environment, $"cannot create the output folder {folder}: {OutputFaults.Reason(e)}");
        }
    }
}
