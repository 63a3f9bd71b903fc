using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Hosting;
using Reporting.Core.Forms;
using Reporting.Core.Pdf.Fonts;
using Reporting.Core.Storage;
using Reporting.Web;
using Reporting.Web.Access;

namespace Reporting.Cli.Commands;

/// <summary><c>serve [--urls URLS] [--publish] [--access FILE]</c>: the read-only web app (docs/serve.md);
/// <c>serve --hash-password NAME [--role ROLE]</c> prints a line for the access file.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {ListenUrls.Default}). Any but loopback needs --access.",
            DefaultValueFactory = _ => ListenUrls.Default,
        };
        var publish = new Option<bool>("--publish") { Description = "The whole site for publication: small counts in breakdowns as *, only published downloads." };
        var access = new Option<string?>("--access") { Description = "File of the users who may sign in (NAME:ROLE:HASH per line, see docs/serve.md)." };
        var hashPassword = new Option<string?>("--hash-password") { Description = "Print the access file line for user NAME; the password is read from standard input." };
        var role = new Option<string>("--role") { Description = "Role for --hash-password: intern or veroeffentlicht.", DefaultValueFactory = _ => Roles.Internal };
        var command = new Command("serve", "Target attainment in the browser: overview, project pages, downloads and a JSON API (read-only)."
            + Examples.Of("fundingreports serve --db demo-out/demo.db",
                "fundingreports serve --db land.db --urls http://0.0.0.0:5080 --access users.txt"))
        {
            urls, publish, access, hashPassword, role,
        };
        command.SetAction(context, parse =>
        {
            if (parse.GetValue(hashPassword) is { } name)
            {
                return HashPassword(context, name.Trim(), parse.GetValue(role)!.Trim());
            }
            var listen = ListenUrls.Parse(parse.GetValue(urls));
            if (!listen.Success)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {listen.Error}");
            }
            AccessFile? users = null;
            if (parse.GetValue(access) is { } accessPath)
            {
                var (file, problems) = AccessFile.Read(context.Resolve(accessPath));
                users = file ?? throw new CommandException(ExitCodes.InvalidInput, problems.Select(p => $"error: {p}").ToList());
            }
            var database = CommonOptions.DatabasePath(parse, context);
            var options = new ServeOptions(database, listen.Value, parse.GetValue(publish), users,
                FormKinds.DefaultTemplateFolder(context.GetEnvironmentVariable),
                context.GetEnvironmentVariable(FontResolverOptions.EnvironmentVariable), context.Clock);
            if (options.RefusedUrl is { } refused)
            {
                throw new CommandException(ExitCodes.Usage, $"error: {WebMessages.BindingRefused(refused)}");
            }
            if (!StoreFactory.IsServer(database) && !File.Exists(database))
            {
                throw new CommandException(ExitCodes.Environment,
                    $"error: database '{database}' not found; create it with 'fundingreports init --db \"{database}\"' and import data");
            }
            new WebData(database).Check();

            using var app = ServeHost.Build(options);
            try
            {
                app.Start();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                throw new CommandException(ExitCodes.Environment, $"error: cannot listen on {string.Join(", ", listen.Value)}: {e.Message}");
            }
            context.Out.WriteLine($"serving {StoreFactory.Display(database)} on {string.Join(", ", app.Urls)}"
                + (users is null ? " (no sign-in: this machine only)" : $" (sign-in: {users.Users.Count} users from {users.Path})")
                + (options.Publish ? ", published values only" : "") + "; Ctrl+C stops");
            context.Out.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int HashPassword(CliContext context, string name, string role)
    {
        var password = ReadPassword(context, name);
        var user = AccessFile.NewUser(name, role, password);
        if (!user.Success)
        {
            throw new CommandException(ExitCodes.Usage, $"error: {user.Error}");
        }
        context.Out.WriteLine(user.Value.ToLine());
        return ExitCodes.Ok;
    }

    /// <summary>The first line of standard input; on a terminal typed without echo.</summary>
    private static string ReadPassword(CliContext context, string name)
    {
        if (context.Input is not null || Console.IsInputRedirected)
        {
            return (context.Input ?? Console.In).ReadLine() ?? "";
        }
        context.Error.Write($"Passwort für {name}: ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        context.Error.WriteLine();
        return typed.ToString();
    }
}
