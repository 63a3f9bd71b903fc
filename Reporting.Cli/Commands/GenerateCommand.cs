using System.CommandLine;
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
            GenerationRun.Write(size, context.Resolve(parse.GetValue(output)!)).WriteTo(context.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
