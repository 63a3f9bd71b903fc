using System.CommandLine;
using Reporting.Bench.Forms;
using Reporting.Bench.Measure;
using Reporting.Bench.Writers;
using Reporting.Core.Reports;

namespace Reporting.Bench;

/// <summary>
/// The in-process benches of the form pipeline and the PDF layout: <c>monthly --rows N [--format xlsx|csv]</c>,
/// <c>belegliste --vouchers N [--format pdf|xlsx]</c>, <c>pdf --rows N</c>; each with <c>[--out DIR]</c> to keep the
/// output. Synthetic snapshots (<see cref="SyntheticData"/>), no database; one line of figures each.
/// </summary>
internal static class InProcessBenches
{
    /// <summary>The date the forms are made on: fixed, so every run writes the same figures.</summary>
    private static readonly DateOnly Today = new(2021, 3, 31);

    public static IEnumerable<Command> Commands(TextWriter output)
    {
        yield return Sub(output, "monthly", "Monthly export of synthetic projects (25 months each) through the report pipeline.",
            "--rows", 1_000_000, ["xlsx", "csv"], (n, format, dir, ctx) => FormBench.Monthly(n, format, dir, ctx));
        yield return Sub(output, "belegliste", "Proof of use of one project with many vouchers through the report pipeline.",
            "--vouchers", 10_000, ["pdf", "xlsx"], (n, format, dir, ctx) => FormBench.Belegliste(n, format, dir, ctx));
        yield return Sub(output, "pdf", "The PDF layout engine alone: a four-column table.",
            "--rows", 10_000, ["pdf"], (n, _, dir, ctx) => RendererBench.Pdf(n, Path.Combine(dir, "bench.pdf"), ctx.FontFolder));
    }

    private static Command Sub(TextWriter output, string name, string description, string countName, int defaultCount,
        string[] formats, Func<int, string, string, ReportContext, BenchResult> run)
    {
        var count = new Option<int>(countName) { Description = "How many.", DefaultValueFactory = _ => defaultCount };
        var format = new Option<string>("--format") { Description = string.Join(" or ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        var keep = new Option<string?>("--out") { Description = "Keep the output in this folder (default: a temporary folder, deleted after)." };
        var fonts = new Option<string?>("--fonts") { Description = "Folder with TrueType fonts (default: system fonts)." };
        var command = new Command(name, description) { count, format, keep, fonts };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(count);
            if (n < 1)
            {
                throw new UsageException($"{countName} must be at least 1");
            }
            var kept = parse.GetValue(keep) is { } k ? Path.GetFullPath(k) : null;
            var dir = kept ?? Directory.CreateTempSubdirectory("fr-bench-").FullName;
            Directory.CreateDirectory(dir);
            var context = new ReportContext(Today, new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                Path.Combine(FundingReportsProgram.RepositoryRoot(), "templates"), parse.GetValue(fonts));
            try
            {
                output.WriteLine(run(n, parse.GetValue(format)!, dir, context).ToString());
            }
            catch (ReportException e)
            {
                throw new BenchException(e.Message);
            }
            finally
            {
                if (kept is null)
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            return 0;
        });
        return command;
    }
}
