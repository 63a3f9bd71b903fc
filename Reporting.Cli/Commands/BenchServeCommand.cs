using System.CommandLine;
using Reporting.Core.Domain;
using Reporting.Core.Forms;
using Reporting.Core.Storage;
using Reporting.Web.Bench;

namespace Reporting.Cli.Commands;

/// <summary><c>bench serve [--projects 500] [--requests 20] [--from DB]</c>: response times of the web app's pages
/// (one line per page). The database is made in a temporary folder; <c>--from</c> copies that database's projects.</summary>
public static class BenchServeCommand
{
    public static Command Create(CliContext context)
    {
        var projects = new Option<int>("--projects") { Description = "How many projects.", DefaultValueFactory = _ => 500 };
        var requests = new Option<int>("--requests") { Description = "Measured requests per page (after 5 not counted).", DefaultValueFactory = _ => 20 };
        var from = new Option<string?>("--from") { Description = "Copy the projects of this database (e.g. the demo's) instead of synthetic ones." };
        var command = new Command("serve", "Response times of serve's overview, project page, chart and API on Kestrel at a loopback port.")
        {
            projects, requests, from,
        };
        command.SetAction(context, parse =>
        {
            var count = parse.GetValue(projects);
            var times = parse.GetValue(requests);
            if (count < 1 || times < 1)
            {
                throw new CommandException(ExitCodes.Usage, "error: --projects and --requests must be at least 1");
            }
            DataSet? template = null;
            if (parse.GetValue(from) is { } path)
            {
                using var store = StoreFactory.Open(context.Resolve(path));
                store.EnsureCurrent();
                template = store.Load();
            }
            var folder = Directory.CreateTempSubdirectory("fr-bench-serve-");
            try
            {
                var results = WebBench.Run(count, times, template, folder.FullName,
                    FormKinds.DefaultTemplateFolder(context.GetEnvironmentVariable), context.Clock).GetAwaiter().GetResult();
                foreach (var result in results)
                {
                    context.Out.WriteLine(result.ToString());
                }
            }
            finally
            {
                folder.Delete(recursive: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
