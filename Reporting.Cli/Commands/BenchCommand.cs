using System.CommandLine;
using Reporting.Core.Bench;
using Reporting.Core.Reports;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>bench monthly --rows N [--format xlsx|csv]</c>, <c>bench belegliste --vouchers N [--format pdf|xlsx]</c>,
/// <c>bench xlsx --rows N</c>, <c>bench pdf --rows N</c>; each with <c>[--out DIR]</c> to keep the output.
/// Prints one line of figures. Synthetic data, no database.
/// </summary>
public static class BenchCommand
{
    /// <summary>The date the forms are made on: fixed, so every run writes the same figures.</summary>
    private static readonly DateOnly Today = new(2021, 3, 31);

    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure time and memory of writing forms from synthetic data (figures for docs/benchmarks.md).");
        command.Subcommands.Add(Sub(context, "monthly", "Monthly export of all synthetic projects (25 months each) through the report pipeline.",
            "--rows", 1_000_000, ["xlsx", "csv"],
            (n, format, dir, ctx) => FormBench.Monthly(n, format, dir, ctx)));
        command.Subcommands.Add(Sub(context, "belegliste", "Proof of use of one project with many vouchers through the report pipeline.",
            "--vouchers", 10_000, ["pdf", "xlsx"],
            (n, format, dir, ctx) => FormBench.Belegliste(n, format, dir, ctx)));
        command.Subcommands.Add(Sub(context, "xlsx", "The streaming xlsx writer alone: a 25-column sheet.",
            "--rows", 1_000_000, ["xlsx"],
            (n, _, dir, _) => RendererBench.Xlsx(n, Path.Combine(dir, "bench.xlsx"))));
        command.Subcommands.Add(Sub(context, "pdf", "The PDF layout engine alone: a four-column table.",
            "--rows", 10_000, ["pdf"],
            (n, _, dir, ctx) => RendererBench.Pdf(n, Path.Combine(dir, "bench.pdf"), ctx.FontFolder)));
        command.Subcommands.Add(BenchServeCommand.Create(context));
        return command;
    }

    private static Command Sub(CliContext context, string name, string description, string countName, int defaultCount,
        string[] formats, Func<int, string, string, ReportContext, BenchResult> run)
    {
        var count = new Option<int>(countName) { Description = "How many.", DefaultValueFactory = _ => defaultCount };
        var format = new Option<string>("--format") { Description = string.Join(" or ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        var output = new Option<string?>("--out") { Description = "Keep the output in this folder (default: a temporary folder, deleted after)." };
        var command = new Command(name, description) { count, output };
        if (formats.Length > 1)
        {
            command.Options.Add(format);
        }
        command.SetAction(context, parse =>
        {
            int n = parse.GetValue(count);
            if (n < 1)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {countName} must be at least 1");
            }
            var chosen = formats.Length > 1 ? parse.GetValue(format)!.Trim().ToLowerInvariant() : formats[0];
            if (!formats.Contains(chosen))
            {
                throw new CommandException(ExitCodes.Usage, $"error: --format must be {string.Join(" or ", formats)}");
            }
            var keep = parse.GetValue(output) is { } o ? context.Resolve(o) : null;
            var dir = keep ?? Directory.CreateTempSubdirectory("fr-bench-").FullName;
            Directory.CreateDirectory(dir);
            var reportContext = ReportErrors.ContextOf(context) with
            {
                Today = Today,
                Now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            };
            try
            {
                context.Out.WriteLine(run(n, chosen, dir, reportContext).ToString());
            }
            catch (ReportException e)
            {
                throw e.ToCommandException();
            }
            finally
            {
                if (keep is null)
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
