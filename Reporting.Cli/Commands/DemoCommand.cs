using System.CommandLine;
using Reporting.Core.Demo;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary><c>demo [--out DIR]</c>: builds a fresh database from samples/, prints a summary of the projects and
/// writes every form for them. It never touches the database named by --db or $FUNDREPORTS_DB.</summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo database and forms.", DefaultValueFactory = _ => "demo-out" };
        var samples = new Option<string?>("--samples") { Description = "Folder with sample data sets (default: samples/ beside the program)." };
        var command = new Command("demo", "Import the sample data into a fresh database in --out and write every form for it."
            + Examples.Of("fundingreports demo --out demo-out")) { output, samples };
        command.SetAction(context, parse =>
        {
            var outDir = context.Resolve(parse.GetValue(output)!);
            var samplesDir = DemoData.FindSamples(parse.GetValue(samples) is { } given
                ? [context.Resolve(given)]
                : [Path.Combine(AppContext.BaseDirectory, "samples"), context.Resolve("samples")]);
            var dbPath = DemoData.DatabaseIn(outDir);

            using var progress = ProgressLine.For(context);
            using var store = DemoData.CreateDatabase(outDir);
            var problems = DemoData.Import(store, samplesDir, line =>
            {
                progress.Hide();
                context.Out.WriteLine(line);
            }, new ImportProgressLine(progress, "demo: import"), AuditRecording.Actor, context.Clock);
            progress.Hide();
            if (problems is not null)
            {
                throw new CommandException(ExitCodes.InvalidInput, problems);
            }
            IReadOnlyList<ReportRun> runs;
            using (var data = store.OpenReader())
            {
                DemoSummary.Write(context.Out, data, context.Today);
                progress.Set("demo: writing the forms …");
                runs = DemoForms.Write(data, samplesDir, outDir, ReportErrors.ContextOf(context));
                progress.Hide();
            }
            AuditRecording.Record(dbPath, "demo", runs, context);
            DemoSummary.WriteFiles(context.Out, runs, outDir, dbPath);
            return ExitCodes.Ok;
        });
        return command;
    }
}
