using System.CommandLine;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary><c>batch MANIFEST</c>: the unattended run. Finishes every job, logs them, exits 6 when any failed.</summary>
public static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "Batch manifest (JSON); see docs/batch.md." };
        var command = new Command("batch", "Run the jobs of a manifest (e.g. the monthly exports) and write a run log."
            + Examples.Of("fundingreports batch monthly.json --db /srv/reports/land.db")) { manifest };
        command.SetAction(context, parse =>
        {
            var path = context.Resolve(parse.GetValue(manifest)!);
            var (loaded, jobs, problems) = BatchManifestLoader.Load(path);
            if (problems.Count > 0 || loaded is null)
            {
                throw new CommandException(ExitCodes.InvalidInput, problems.Select(p => $"error: {p}").ToList());
            }
            var location = CommonOptions.DatabasePath(parse, context);
            var output = Path.GetFullPath(loaded.Output, Path.GetDirectoryName(path)!);
            var result = CurrentStore.Read(location, read =>
            {
                using var progress = ProgressLine.For(context);
                return BatchRunner.Run(read, jobs, output, ReportErrors.ContextOf(context), line =>
                {
                    progress.Hide();
                    context.Out.WriteLine(line);
                    context.Out.Flush();
                }, new JobProgress(progress));
            });
            AuditRecording.Record(location, "batch", BatchSummary.Runs(result), context);
            BatchSummary.Write(result, context.Out, context.Error);
            return result.AnyFailed ? ExitCodes.BatchJobFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>batch: job 3 of 12, monthly all 2018-07 [csv,xlsx] …</c></summary>
    private sealed class JobProgress(ProgressLine line) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            line.Set($"batch: job {value.Job} of {value.Jobs}, {value.Description} …");
            line.Tick();
        }
    }
}
