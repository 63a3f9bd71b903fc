using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Audit;

/// <summary>The CLI in-process on a database (a SQLite file in a temporary folder, or a PostgreSQL database) with the
/// Dortmund sample imported, templates of the repository and a clock stopped on 15 January 2019, 09:00 UTC.</summary>
internal sealed class AuditCli : IDisposable
{
    public AuditCli(string? database = null)
    {
        Db = database ?? Path.Combine(Dir, "audit.db");
        var import = Run(["import", .. SampleFiles]);
        Assert.That(import.Code, Is.EqualTo(ExitCodes.Ok), import.Error);
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("fr-audit-").FullName;

    public string Db { get; }

    public string Out => Path.Combine(Dir, "out");

    public static string[] SampleFiles => Directory.GetFiles(Path.Combine(RepoPaths.Samples, "dortmund-scla"), "*.csv")
        .Order(StringComparer.Ordinal).ToArray();

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Dir, name => name == "FUNDREPORTS_TEMPLATES" ? RepoPaths.Templates : null,
            new FixedClock(new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero)));
        var code = CliApp.Run([.. args, "--db", Db], context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>report quarterly</c> of SCLA-DO for 2018-Q4 into <see cref="Out"/> in every format and returns
    /// the files written.</summary>
    public string[] Quarterly(params string[] extra)
    {
        var result = Run(["report", "quarterly", "--project", "SCLA-DO", "--period", "2018-Q4", "--format", "xlsx,pdf,json,csv", "--out", Out, .. extra]);
        Assert.That(result.Code, Is.EqualTo(ExitCodes.Ok), result.Error);
        return result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Writes a file into the test folder and returns its path.</summary>
    public string File(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
