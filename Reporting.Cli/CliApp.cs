using System.CommandLine;
using Reporting.Cli.Commands;

namespace Reporting.Cli;

/// <summary>Builds the command tree and runs it, mapping every outcome to an exit code.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }
            context.Error.WriteLine("Run 'fundingreports --help' for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "FundingReports: figures and reporting forms for public employment-promotion programs.");
        root.Options.Add(CommonOptions.Db);
        root.Options.Add(CommonOptions.Verbose);
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(BatchCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(FiguresCommand.Create(context));
        root.Subcommands.Add(TargetsCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(SubmitCommand.Create(context));
        root.Subcommands.Add(CloseCommand.Create(context));
        root.Subcommands.Add(PurgeCommand.Create(context));
        return root;
    }
}
