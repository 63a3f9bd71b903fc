using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Core.Demo;

/// <summary>The forms the demo writes: for every sample project its last full quarter, a Zwischennachweis for its first
/// budget year and the Verwendungsnachweis; the published quarterly report of the Soziale-Teilhabe projects; the
/// target overview of all projects; and the monthly export.</summary>
public static class DemoForms
{
    /// <summary>Writes the forms and returns their runs (for the audit trail), in the order written.</summary>
    public static IReadOnlyList<ReportRun> Write(IStoreReader data, string samplesDir, string outDir, ReportContext context)
    {
        var files = new List<ReportRun>();
        var forms = Path.Combine(outDir, "forms");
        void Run(ReportJob job) => files.Add(ReportService.Execute(data, job, context));

        var projects = data.Projects(ReportScope.AllProjects);
        foreach (var project in projects.Select(p => p.Project))
        {
            var scope = ReportScope.Project(project.Id.Value);
            var lastQuarter = LastFullQuarter(project.Runtime);
            Run(new ReportJob("quarterly", scope, Spec(lastQuarter), ["xlsx", "pdf", "json"], forms));
            Run(new ReportJob("proof", scope, Spec(project.Runtime.Start.Year.ToString("D4", CultureInfo.InvariantCulture)),
                ["xlsx", "pdf"], forms));
            var narrative = Directory.GetFiles(samplesDir, "sachbericht*.md", SearchOption.AllDirectories)
                .FirstOrDefault(f => File.ReadAllText(f).Contains(project.Id.Value, StringComparison.Ordinal));
            Run(new ReportJob("proof", scope, PeriodSpec.RuntimeSpec, ["xlsx", "pdf", "csv"], forms, NarrativePath: narrative));
        }
        foreach (var program in data.Programs().Where(p => projects.Count(s => s.Program.Id == p.Id) > 1))
        {
            var scope = new ReportScope(ScopeKind.Program, program.Id.Value);
            var first = projects.Where(s => s.Program.Id == program.Id).Min(s => s.Project.Runtime.Start);
            Run(new ReportJob("quarterly", scope, Spec($"{first.Year:D4}-Q4"), ["xlsx", "pdf"], Path.Combine(outDir, "published"), Publish: true));
        }
        Run(new ReportJob("targets", ReportScope.AllProjects, Spec("2018-12-31..2018-12-31"), ["xlsx", "pdf", "csv", "json"], forms));
        var span = string.Create(CultureInfo.InvariantCulture, $"{projects.Min(p => p.Project.Runtime.Start):yyyy-MM-dd}..{projects.Max(p => p.Project.Runtime.End):yyyy-MM-dd}");
        Run(new ReportJob("monthly", ReportScope.AllProjects, Spec(span), ["csv", "xlsx"], Path.Combine(outDir, "exports"), CsvStyle: CsvStyle.German));
        return files;
    }

    private static PeriodSpec Spec(string text) => PeriodSpec.Parse(text).GetValueOrThrow();

    /// <summary>The last calendar quarter that lies wholly inside the runtime (or the first one when none does).</summary>
    private static string LastFullQuarter(DateRange runtime)
    {
        var end = runtime.End.AddDays(1);
        var q = (end.Month - 1) / 3;
        var year = end.Year;
        if (q == 0)
        {
            q = 4;
            year--;
        }
        var quarter = ReportingPeriod.Quarter(year, q);
        return (quarter.From >= runtime.Start ? quarter : ReportingPeriod.Quarter(runtime.Start.Year, (runtime.Start.Month - 1) / 3 + 1)).Label;
    }
}
