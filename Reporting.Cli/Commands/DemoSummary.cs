using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Core.Reports;
using Reporting.Core.Storage;
using Reporting.Core.Text;

namespace Reporting.Cli.Commands;

/// <summary>The readable overview the demo prints: one line per project, figures as of today (or the project end).</summary>
internal static class DemoSummary
{
    public static void Write(TextWriter output, IStoreReader data, DateOnly today)
    {
        var overview = TargetsService.Build(data, ReportScope.AllProjects, today, label: "alle Projekte")!;
        output.WriteLine();
        output.WriteLine($"Projects as of {GermanFormat.Date(today)} (worst first):");
        output.WriteLine($"{"Project",-14} {"Runtime",-23} {"Budget",17} {"Placed/Target",13} {"Attain.",8} {"Status",-14} {"Spent",17} {"Used",7}");
        var runtimes = data.Projects(ReportScope.AllProjects).ToDictionary(p => p.Project.Id, p => p.Project.Runtime);
        foreach (var r in overview.Rows)
        {
            var runtime = runtimes[r.ProjectId];
            output.WriteLine(
                $"{r.ProjectId.Value,-14} {GermanFormat.Date(runtime.Start)}–{GermanFormat.Date(runtime.End)} {GermanFormat.Euro(r.TotalBudget),17} " +
                $"{$"{r.PlacementsCumulative}/{r.TargetPlacements?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}",13} " +
                $"{(r.Attainment is { } a ? GermanFormat.Percent(a) : "–"),8} {GermanLabels.Of(r.Status),-14} " +
                $"{GermanFormat.Euro(r.SpentCumulative),17} {(r.Utilisation is { } u ? GermanFormat.Percent(u) : "–"),7}");
        }
        var t = overview.Total;
        output.WriteLine(
            $"{"Total",-14} {t.Projects + " projects",-23} {GermanFormat.Euro(t.TotalBudget),17} " +
            $"{$"{t.PlacementsCumulative}/{t.TargetPlacements}",13} {(t.Attainment is { } ta ? GermanFormat.Percent(ta) : "–"),8} " +
            $"{GermanLabels.Of(t.Status),-14} {GermanFormat.Euro(t.SpentCumulative),17} {(t.Utilisation is { } tu ? GermanFormat.Percent(tu) : "–"),7}");
    }
}
