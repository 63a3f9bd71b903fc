using Reporting.Bench.Measure;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>
    /// Everyday commands as whole processes on the data set's database, beside the same command on a database holding
    /// only the project asked about (made by <c>generate --only-project</c>: the same records): a command about one
    /// project should cost about what that project costs, not what the whole store costs.
    /// </summary>
    public void Commands(BenchSettings settings)
    {
        var set = MainDataSet();
        Progress("importing the data set and the one-project data set");
        var full = FullDatabase();
        var project = set.Largest;
        var single = Generate("one", settings.Projects, settings.Participants, settings.Vouchers, project);
        var (one, _) = ImportIntoSqlite(single, "one.db");
        Heading("Commands", $"On the data set above (`{Path.GetFileName(full)}`, {settings.Projects} projects) against a database holding only "
            + $"project `{project}` ({Figures.Count(single.Rows)} rows, `generate --only-project {project}` with the same sizes and seed).");

        var period = "2015-01-01..2024-12-31";
        var commands = new (string Name, string[] Args)[]
        {
            ($"figures --project {project}", ["figures", "--project", project, "--period", "runtime", "--format", "json"]),
            ("targets", ["targets", "--format", "json", "--as-of", "2024-12-31"]),
            ($"report proof --project {project}", ["report", "proof", "--project", project, "--period", "runtime", "--format", "xlsx,pdf", "--out", "OUT"]),
            ("report monthly --all", ["report", "monthly", "--all", "--period", period, "--format", "csv,xlsx", "--out", "OUT"]),
        };
        var table = new ComparisonTable();
        string? figuresFull = null;
        string? figuresOne = null;
        foreach (var (name, args) in commands)
        {
            Progress(name);
            var onFull = FundingReports([.. args.Select(a => a == "OUT" ? WorkPath("out-full") : a), "--db", full]);
            var onOne = FundingReports([.. args.Select(a => a == "OUT" ? WorkPath("out-one") : a), "--db", one]);
            if (args[0] == "figures")
            {
                (figuresFull, figuresOne) = (onFull.Output, onOne.Output);
            }
            table.Add(Measurement.Of("`" + name + "`", set.Rows, onFull), Measurement.Of("the same on the one-project database", single.Rows, onOne));
        }
        table.Print(_out);
        _out.WriteLine(figuresFull == figuresOne
            ? $"Check: the figures of `{project}` are the same on both databases (identical JSON)."
            : $"CHECK FAILED: the figures of `{project}` differ between the two databases.");
        _out.WriteLine();
    }
}
