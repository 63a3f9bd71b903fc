using System.CommandLine;
using Reporting.Core.Storage;

namespace Reporting.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public const string DbEnvironmentVariable = "FUNDREPORTS_DB";
    public const string DefaultDbFile = "fundingreports.db";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"Database: a SQLite file, or a PostgreSQL server (postgres://user@host:port/db or \"Host=...;Database=...\"). "
            + $"Default: ${DbEnvironmentVariable}, else ./{DefaultDbFile}.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print details (stack traces) for unexpected failures.",
        Recursive = true,
    };

    /// <summary>--db, else $FUNDREPORTS_DB, else fundingreports.db in the working folder. A file path is made absolute;
    /// a PostgreSQL location is returned as given.</summary>
    public static string DatabasePath(ParseResult parse, CliContext context)
    {
        var given = parse.GetValue(Db);
        if (string.IsNullOrWhiteSpace(given))
        {
            given = context.GetEnvironmentVariable(DbEnvironmentVariable);
        }
        if (string.IsNullOrWhiteSpace(given))
        {
            return context.Resolve(DefaultDbFile);
        }
        return StoreFactory.IsServer(given) ? given : context.Resolve(given);
    }
}
