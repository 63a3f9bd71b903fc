using System.Text;
using Reporting.Bench.Measure;

namespace Reporting.Bench.Suites;

internal sealed partial class BenchRun
{
    /// <summary>
    /// <c>fundingreports import</c> of the generated files into a fresh SQLite database, beside <c>sqlite3 .import</c> of
    /// the same files into untyped tables (in memory and into a file): the cost of reading CSV and writing rows with no
    /// checks at all; and beside the database's own loader storing the rows the import stored into the import's own
    /// tables (<see cref="StoredRows"/>): the cost of the tables alone. With <c>--postgres</c> the same against
    /// <c>psql \copy</c>. Every figure is the fastest of
    /// <see cref="ImportRuns"/> runs, ours and the anchors taking turns, so that a slow moment of the machine weighs on
    /// neither side of a ratio alone.
    /// </summary>
    public void Import(BenchSettings settings)
    {
        Progress("generating the data set");
        var set = MainDataSet();
        Heading("Import", $"Data set: `generate --projects {settings.Projects} --participants {settings.Participants} --vouchers {settings.Vouchers} "
            + $"--seed {settings.Seed}`: {Figures.Count(set.Rows)} rows in 7 files, {Figures.MiB(set.Files.Sum(f => new FileInfo(f).Length))} "
            + $"(written by `generate` in {Figures.Seconds(set.Generation.Wall)}, {Figures.PerSecond(set.Rows, set.Generation.Wall)}, peak {Figures.MiB(set.Generation.PeakBytes)}).");
        var table = new ComparisonTable();

        var memory = new List<ProcessRun>();
        var file = new List<ProcessRun>();
        var imports = new List<ProcessRun>();
        var floors = new List<ProcessRun>();
        (string Script, long Rows)? floor = null;
        for (var round = 1; round <= ImportRuns; round++)
        {
            Progress($"sqlite3 .import into :memory:, run {round} of {ImportRuns}");
            memory.Add(SqliteAnchor(set, ":memory:"));
            Progress($"sqlite3 .import into a file, run {round} of {ImportRuns}");
            file.Add(SqliteAnchor(set, WorkPath("anchor.db")));
            Progress($"fundingreports import into SQLite, run {round} of {ImportRuns}");
            var (db, import) = ImportIntoSqlite(set, "full.db");
            _fullDb = db;
            imports.Add(import);
            floor ??= PrepareSqliteFloor(db);
            Progress($"sqlite3 .import of the stored rows into the import's tables, run {round} of {ImportRuns}");
            floors.Add(SqliteFloor(floor.Value.Script));
        }
        var ours = Measurement.Of("`fundingreports import` → SQLite file", set.Rows, Fastest(imports));
        table.Add(ours, Measurement.Of("`sqlite3` `.import` → file", set.Rows, Fastest(file)));
        table.Add(ours, Measurement.Of("`sqlite3 :memory:` `.import`", set.Rows, Fastest(memory)));
        table.Add(ours, Measurement.Of("`sqlite3` `.import` of the rows stored → the import's tables", floor!.Value.Rows, Fastest(floors)));
        if (settings.Postgres is { } server)
        {
            var anchors = new List<ProcessRun>();
            var pgImports = new List<ProcessRun>();
            var pgFloors = new List<ProcessRun>();
            long stored = 0;
            for (var round = 1; round <= ImportRuns; round++)
            {
                Progress($"psql \\copy, fundingreports import into PostgreSQL and \\copy of the rows it stored, run {round} of {ImportRuns}");
                var (anchor, pgImport, pgFloor, rows) = PostgresImport(set, server);
                anchors.Add(anchor);
                pgImports.Add(pgImport);
                pgFloors.Add(pgFloor);
                stored = rows;
            }
            var pgOurs = Measurement.Of("`fundingreports import` → PostgreSQL", set.Rows, Fastest(pgImports));
            table.Add(pgOurs, Measurement.Of("`psql` `\\copy` (client process)", set.Rows, Fastest(anchors)));
            table.Add(pgOurs, Measurement.Of("`psql` `\\copy` (binary) of the rows stored → the import's tables", stored, Fastest(pgFloors)));
        }
        table.Print(_out);
        if (settings.Postgres is null)
        {
            _out.WriteLine("PostgreSQL: skipped (no server given; pass `--postgres postgres://user@host:port/db`).");
            _out.WriteLine();
        }
    }

    /// <summary><c>sqlite3 DB ".read script"</c>: <c>.import</c> of every file into a table made from its header (all columns TEXT).</summary>
    private ProcessRun SqliteAnchor(DataSet set, string database, string name = "anchor")
    {
        if (!File.Exists("/usr/bin/sqlite3") && !OnPath("sqlite3"))
        {
            throw new BenchException("sqlite3 is not installed (apt-get install sqlite3)");
        }
        if (database != ":memory:")
        {
            File.Delete(database);
        }
        var script = new StringBuilder(".mode csv\n.separator \";\"\n");
        foreach (var file in set.Files)
        {
            script.Append(".import '").Append(file).Append("' ").Append(Path.GetFileNameWithoutExtension(file)).Append('\n');
        }
        var path = WorkPath(name + ".sqlite3");
        File.WriteAllText(path, script.ToString());
        return ProcessMeter.RunOk("sqlite3", [database, ".read " + path], _work);
    }

    private (ProcessRun Anchor, ProcessRun Import, ProcessRun Floor, long Stored) PostgresImport(DataSet set, string server)
    {
        if (!OnPath("psql"))
        {
            throw new BenchException("psql is not installed (apt-get install postgresql-client)");
        }
        var anchorDb = PostgresServer.WithDatabase(server, "fr_bench_anchor");
        var importDb = PostgresServer.WithDatabase(server, "fr_bench_import");
        var floorDb = PostgresServer.WithDatabase(server, "fr_bench_floor");
        string[] databases = ["fr_bench_anchor", "fr_bench_import", "fr_bench_floor"];
        try
        {
            foreach (var name in databases)
            {
                ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(server), "-q", "-c", $"DROP DATABASE IF EXISTS {name}", "-c", $"CREATE DATABASE {name}"]);
            }
            var script = new StringBuilder("\\set ON_ERROR_STOP on\n");
            foreach (var file in set.Files)
            {
                var table = Path.GetFileNameWithoutExtension(file);
                var header = File.ReadLines(file).First().TrimStart('\uFEFF').Split(';');
                script.Append("CREATE TABLE ").Append(table).Append(" (")
                    .Append(string.Join(", ", header.Select(h => "\"" + h.Replace("\"", "\"\"", StringComparison.Ordinal) + "\" text"))).Append(");\n");
                script.Append("\\copy ").Append(table).Append(" FROM '").Append(file).Append("' WITH (FORMAT csv, DELIMITER ';', HEADER true)\n");
            }
            var path = WorkPath("anchor.psql");
            File.WriteAllText(path, script.ToString());
            Checkpoint(server);
            var anchor = ProcessMeter.RunOk("psql", [PostgresServer.ForPsql(anchorDb), "-q", "-f", path]);
            Checkpoint(server);
            var import = FundingReports(["import", .. set.Files, "--db", importDb]);
            var (floor, stored) = PostgresFloor(server, importDb, floorDb);
            return (anchor, import, floor, stored);
        }
        finally
        {
            foreach (var name in databases)
            {
                ProcessMeter.Run("psql", [PostgresServer.ForPsql(server), "-q", "-c", $"DROP DATABASE IF EXISTS {name}"]);
            }
        }
    }

    /// <summary>How many times each import figure is measured (the fastest run counts).</summary>
    private const int ImportRuns = 3;

    private static ProcessRun Fastest(IEnumerable<ProcessRun> runs) => runs.MinBy(r => r.Wall)!;

    /// <summary>Writes the server's dirty pages before a measured run, so that no run pays for the writes of the one
    /// before it (a checkpoint the server would otherwise start in the middle). Needs a superuser or
    /// <c>pg_checkpoint</c>; without the right the runs go on as they are.</summary>
    private static void Checkpoint(string server) =>
        ProcessMeter.Run("psql", [PostgresServer.ForPsql(server), "-q", "-c", "CHECKPOINT"]);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
