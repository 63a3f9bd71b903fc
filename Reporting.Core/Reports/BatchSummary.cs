using System.Globalization;

namespace Reporting.Core.Reports;

/// <summary>What a finished batch tells: the runs to record in the audit trail, how many jobs were done and failed with
/// the path of the run log, and each failed job with its error.</summary>
public static class BatchSummary
{
    /// <summary>The runs of the jobs that wrote files, in job order (unchanged and failed jobs have none).</summary>
    public static IReadOnlyList<ReportRun> Runs(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Jobs.Where(j => j.Run is not null).Select(j => j.Run!).ToList();
    }

    /// <summary><c>12 job(s): 11 done, 1 failed; log: …/batch-log.json</c> to <paramref name="output"/>, then one
    /// <c>error: job 3 (…): …</c> line per failed job to <paramref name="errors"/>.</summary>
    public static void Write(BatchResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var failed = result.Jobs.Where(j => j.Status == BatchJobStatus.Failed).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Jobs.Count} job(s): {result.Jobs.Count - failed.Count} done, {failed.Count} failed; log: {result.LogPath}"));
        foreach (var job in failed)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"error: job {job.Index + 1} ({BatchRunner.Describe(job.Job)}): {job.Error}"));
        }
    }
}
