using System.CommandLine;

namespace Reporting.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public const string DbEnvironmentVariable = "FUNDREPORTS_DB";
    public const string DefaultDbFile = "fundingreports.db";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"Database file (SQLite). Default: ${DbEnvironmentVariable}, else ./{DefaultDbFile}.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print details (stack traces) for unexpected failures.",
        Recursive = true,
    };

    /// <summary>--db, else $FUNDREPORTS_DB, else fundingreports.db in the working folder.</summary>
    public static string DatabasePath(ParseResult parse, CliContext context)
    {
        var given = parse.GetValue(Db);
        if (string.IsNullOrWhiteSpace(given))
        {
            given = context.GetEnvironmentVariable(DbEnvironmentVariable);
        }
        return context.Resolve(string.IsNullOrWhiteSpace(given) ? DefaultDbFile : given);
    }
}
