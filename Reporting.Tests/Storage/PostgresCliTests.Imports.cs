using System.Text;
using Reporting.Cli;

namespace Reporting.Tests.Storage;

/// <summary>Imports beyond the first on both backends: corrections, duplicates, dry runs and refused imports print the
/// same lines and exit codes, and leave the same figures and targets behind.</summary>
public partial class PostgresCliTests
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes the files of the import steps into the test folder (one subfolder per backend).</summary>
    private string[] Files(string folder, params (string Name, string[] Lines)[] files)
    {
        Directory.CreateDirectory(Path.Combine(_dir, folder));
        return files.Select(f =>
        {
            var path = Path.Combine(_dir, folder, f.Name);
            File.WriteAllText(path, string.Join('\n', f.Lines) + "\n", Utf8);
            return path;
        }).ToArray();
    }

    /// <summary>Runs the import steps against <paramref name="db"/>; returns each step's exit code and output (paths
    /// cut to file names), then the figures and targets JSON.</summary>
    private List<string> ImportSteps(string db, string folder)
    {
        var log = new List<string>();
        void Import(string[] args)
        {
            var result = Run([.. args, "--db", db]);
            var text = $"{string.Join(' ', args.Select(Path.GetFileName))} -> {result.Code}\n{result.Out}{result.Error}";
            log.Add(text.Replace(Path.Combine(_dir, folder) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
        }
        var samples = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "dortmund-scla"), "*.csv").Order(StringComparer.Ordinal).ToArray();
        Import(["import", .. samples]);
        Import(["import", .. samples]);
        Import(["import", .. Files(folder,
            ("korrektur.csv", ["Projekt-ID;Teilnehmer-ID;Austritt;Austrittsgrund", "SCLA-DO;DO-0001;;", "SCLA-DO;DO-0002;30.09.2018;Abbruch"]),
            ("belege.csv", ["project_id;voucher_no;amount", "SCLA-DO;SCLA-2017-0001;1,23"]),
            ("neu.csv", ["project_id;participant_id;entry_date;gender", "SCLA-DO;NEU-1;01.03.2018;d", "SCLA-DO;NEU-2;02.03.2018;f"]),
            ("vermittlung.csv", ["project_id;participant_id;placement_date;kind;sustained_6m", "SCLA-DO;NEU-1;01.06.2018;svB;ja"]))]);
        Import(["import", .. Files(folder,
            ("doppelt.csv", ["project_id;participant_id;entry_date", "SCLA-DO;NEU-3;01.04.2018", "SCLA-DO;NEU-3;02.04.2018"]),
            ("doppelt2.csv", ["project_id;participant_id;gender", "SCLA-DO;NEU-3;m", "SCLA-DO;DO-0003;x"]))]);
        Import(["import", "--dry-run", .. Files(folder,
            ("probe.csv", ["project_id;participant_id;entry_date", "SCLA-DO;NEU-4;01.05.2018", "SCLA-DO;DO-0004;01.05.2018"]))]);
        Import(["import", .. Files(folder,
            ("ende.csv", ["project_id;program_id;start_date;end_date", "SCLA-DO;MIL-NRW;01.07.2017;31.12.2017"]))]);
        Import(["import", .. Files(folder,
            ("spaet.csv", ["project_id;participant_id;entry_date", "SCLA-DO;NEU-1;01.07.2018"]))]);
        Import(["import", .. Files(folder,
            ("gut.csv", ["project_id;participant_id;entry_date", "SCLA-DO;NEU-5;01.05.2018"]),
            ("schlecht.csv", ["project_id;voucher_no;payment_date;cost_category;amount", "SCLA-DO;X-1;01.05.2018;GIBTSNICHT;1"]))]);
        foreach (var period in new[] { "runtime", "2018-Q1", "2019-Q3" })
        {
            log.Add(Json("figures", "--project", "SCLA-DO", "--period", period, "--db", db));
        }
        foreach (var asOf in new[] { "2018-03-31", "2018-12-31", "2019-09-30" })
        {
            log.Add(Json("targets", "--as-of", asOf, "--db", db));
        }
        return log;
    }

    [Test]
    public void CorrectionsDuplicatesDryRunsAndRefusedImports_OnPostgres_PrintAndStoreTheSameAsOnSqlite()
    {
        var postgres = PostgresServer.Shared.NewDatabase();
        var onSqlite = ImportSteps(Path.Combine(_dir, "steps.db"), "sqlite");

        var onPostgres = ImportSteps(postgres, "postgres");

        Assert.That(onSqlite[0], Does.StartWith("import "));
        Assert.That(onSqlite[2], Does.Contain("korrektur.csv: 2 participants imported (0 added, 2 changed, 0 unchanged)"));
        Assert.That(onSqlite[3], Does.Contain("appears twice").And.Contain(" -> 3\n"));
        Assert.That(onSqlite[4], Does.Contain("would be imported (1 added, 1 changed, 0 unchanged)"));
        Assert.That(onSqlite[5], Does.Contain("stored record(s) outside it"));
        Assert.That(onSqlite[6], Does.Contain("stored placement on 2018-06-01"));
        Assert.That(onSqlite[7], Does.Contain("GIBTSNICHT").And.Contain(" -> 3\n"));
        for (var i = 0; i < onSqlite.Count; i++)
        {
            Assert.That(onPostgres[i], Is.EqualTo(onSqlite[i]), $"step {i}");
        }
    }
}
