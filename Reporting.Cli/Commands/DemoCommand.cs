using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Import;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

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
            var samplesDir = FindSamples(parse.GetValue(samples), context);
            Directory.CreateDirectory(outDir);
            var dbPath = Path.Combine(outDir, "demo.db");
            File.Delete(dbPath);

            using var progress = ProgressLine.For(context);
            using var store = StoreFactory.Open(dbPath, create: true);
            Import(store, samplesDir, context, progress);
            IReadOnlyList<Core.Reports.ReportRun> runs;
            using (var data = store.OpenReader())
            {
                DemoSummary.Write(context.Out, data, context.Today);
                progress.Set("demo: writing the forms …");
                runs = DemoForms.Write(data, samplesDir, outDir, ReportErrors.ContextOf(context));
                progress.Hide();
            }
            AuditRecording.Record(dbPath, "demo", runs, context);
            var files = runs.SelectMany(r => r.Files).ToList();
            context.Out.WriteLine();
            context.Out.WriteLine($"{files.Count} files written to {outDir} (database: {dbPath}):");
            context.Out.WriteLine($"  forms/      Quartalsberichte, Zwischen- and Verwendungsnachweise, Zielerreichung (xlsx, pdf, csv, json)");
            context.Out.WriteLine($"  published/  quarterly reports for publication (small counts shown as *)");
            context.Out.WriteLine($"  exports/    the monthly export (csv, xlsx)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string FindSamples(string? given, CliContext context)
    {
        var candidates = given is not null
            ? [context.Resolve(given)]
            : new[] { Path.Combine(AppContext.BaseDirectory, "samples"), context.Resolve("samples") };
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new CommandException(ExitCodes.Environment, $"error: sample data not found (looked in {string.Join(", ", candidates)})");
    }

    private static void Import(IReportingStore store, string samplesDir, CliContext context, ProgressLine progress)
    {
        foreach (var set in Directory.GetDirectories(samplesDir).Order(StringComparer.Ordinal))
        {
            var csv = Directory.GetFiles(set, "*.csv").Order(StringComparer.Ordinal).ToList();
            if (csv.Count == 0)
            {
                continue;
            }
            var outcome = ImportService.Run(store, csv.Select(f => ImportFile.Read(f, Path.GetRelativePath(samplesDir, f))).ToList(),
                progress: new ImportProgressLine(progress, "demo: import"), actor: AuditRecording.Actor, clock: context.Clock);
            progress.Hide();
            if (!outcome.Succeeded)
            {
                throw new CommandException(ExitCodes.InvalidInput,
                    outcome.Problems.Take(100).Select(p => p.ToString()).Append("error: the sample data does not import").ToList());
            }
            context.Out.WriteLine($"imported {Path.GetFileName(set)}: {string.Join(", ", outcome.Files.Select(f => $"{f.Rows} {f.Kind?.Word()}"))}");
        }
    }
}
