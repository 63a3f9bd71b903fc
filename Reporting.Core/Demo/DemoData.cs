using Reporting.Core.Audit;
using Reporting.Core.Domain;
using Reporting.Core.Import;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Demo;

/// <summary>The data of the demo: the sample data sets (one folder of import files each) imported into a fresh SQLite
/// database in the demo's output folder, never into a database of the user's.</summary>
public static class DemoData
{
    /// <summary>How many import problems are shown when the sample data does not import.</summary>
    public const int ProblemsShown = 100;

    /// <summary>The demo's database in <paramref name="outDir"/>.</summary>
    public static string DatabaseIn(string outDir) => Path.Combine(outDir, "demo.db");

    /// <summary>The first of <paramref name="candidates"/> that is a folder.</summary>
    /// <exception cref="ReportException">None is (<see cref="ReportErrorKind.Environment"/>).</exception>
    public static string FindSamples(IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new ReportException(ReportErrorKind.Environment, $"sample data not found (looked in {string.Join(", ", candidates)})");
    }

    /// <summary>Creates <paramref name="outDir"/> when missing and a new, empty database in it
    /// (<see cref="DatabaseIn"/>), replacing one a former demo left there.</summary>
    public static IReportingStore CreateDatabase(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var path = DatabaseIn(outDir);
        File.Delete(path);
        return StoreFactory.Open(path, create: true);
    }

    /// <summary>Imports every data set of <paramref name="samplesDir"/> (its subfolders with CSV files, in name order),
    /// each in one import, and tells <paramref name="imported"/> a line for each:
    /// <c>imported dortmund-scla: 24 budget_lines, 9 disbursements, …</c>.</summary>
    /// <returns>Null when all imported; else the lines to show for the data set that did not (its first
    /// <see cref="ProblemsShown"/> problems and an error line); the data sets after it are not imported.</returns>
    public static IReadOnlyList<string>? Import(IReportingStore store, string samplesDir, Action<string> imported,
        IProgress<ImportProgress>? progress = null, AuditActor? actor = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(imported);
        foreach (var set in Directory.GetDirectories(samplesDir).Order(StringComparer.Ordinal))
        {
            var csv = Directory.GetFiles(set, "*.csv").Order(StringComparer.Ordinal).ToList();
            if (csv.Count == 0)
            {
                continue;
            }
            var outcome = ImportService.Run(store, csv.Select(f => ImportFile.Read(f, Path.GetRelativePath(samplesDir, f))).ToList(),
                progress: progress, actor: actor, clock: clock);
            if (!outcome.Succeeded)
            {
                return outcome.Problems.Take(ProblemsShown).Select(p => p.ToString()).Append("error: the sample data does not import").ToList();
            }
            imported($"imported {Path.GetFileName(set)}: {string.Join(", ", outcome.Files.Select(f => $"{f.Rows} {f.Kind?.Word()}"))}");
        }
        return null;
    }
}
