using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Generation;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>generate --projects P --participants N --vouchers V [--seed S] [--headers de|en] [--only-project ID] --out DIR</c>:
/// writes a synthetic data set of the seven import files into DIR, the same bytes for the same arguments.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var projects = new Option<int>("--projects") { Description = "Projects (at least 1).", DefaultValueFactory = _ => 10 };
        var participants = new Option<long>("--participants") { Description = "Participants over all projects.", DefaultValueFactory = _ => 2_000 };
        var vouchers = new Option<long>("--vouchers") { Description = "Expenditures (vouchers) over all projects.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Random seed: the same seed and sizes give the same files.",
            DefaultValueFactory = _ => GenerationSize.DefaultSeed,
        };
        var headers = new Option<string>("--headers") { Description = "Header language: de or en.", DefaultValueFactory = _ => "de" };
        headers.AcceptOnlyFromAmong("de", "en");
        var only = new Option<string?>("--only-project")
        {
            Description = "Write only this project (with the same records as in the whole data set) and the programs.",
            HelpName = "ID",
        };
        var output = new Option<string>("--out") { Description = "Folder for the CSV files (created when missing).", Required = true, HelpName = "DIR" };
        var command = new Command("generate", "Write a synthetic data set (all seven import files, German ';' CSV) of any size."
            + Examples.Of("fundingreports generate --projects 500 --participants 1000000 --vouchers 5000000 --seed 1 --out land/",
                "fundingreports generate --projects 3 --participants 300 --vouchers 2000 --out small/ && fundingreports import small/*.csv --db small.db"))
        {
            projects, participants, vouchers, seed, headers, only, output,
        };
        command.SetAction(context, parse =>
        {
            var size = new GenerationSize(parse.GetValue(projects), parse.GetValue(participants), parse.GetValue(vouchers), parse.GetValue(seed))
            {
                OnlyProject = parse.GetValue(only),
                Headers = parse.GetValue(headers) == "en" ? HeaderLanguage.English : HeaderLanguage.German,
            };
            Check(size);
            var folder = context.Resolve(parse.GetValue(output)!);
            var clock = Stopwatch.StartNew();
            var summary = DataGenerator.Write(size, folder);
            clock.Stop();
            foreach (var file in summary.Files)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file.Path)}: {file.Rows} rows"));
            }
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Rows} rows in {clock.Elapsed.TotalSeconds:0.00} s ({summary.Rows / seconds:0} rows/s) into {folder}; most vouchers: {summary.LargestProject}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Check(GenerationSize size)
    {
        var problems = new List<string>();
        if (size.Projects < 1)
        {
            problems.Add("error: --projects must be at least 1");
        }
        if (size.Participants < 0)
        {
            problems.Add("error: --participants must not be negative");
        }
        if (size.Vouchers < 0)
        {
            problems.Add("error: --vouchers must not be negative");
        }
        if (problems.Count == 0 && size.OnlyProject is { } id && DataGenerator.IndexOf(size, id) is null)
        {
            problems.Add($"error: --only-project: '{id}' is not a project of this data set (ids run from "
                + $"{DataGenerator.ProjectId(0)} to {DataGenerator.ProjectId(size.Projects - 1)})");
        }
        if (problems.Count > 0)
        {
            throw new CommandException(ExitCodes.Usage, problems);
        }
    }
}
