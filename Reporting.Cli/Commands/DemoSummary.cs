using Reporting.Core.Output;
using Reporting.Core.Reports;
using Reporting.Core.Storage;

namespace Reporting.Cli.Commands;

/// <summary>The overview the demo prints: the targets table of all projects as of today, the same as <c>targets</c>.</summary>
internal static class DemoSummary
{
    public static void Write(TextWriter output, IStoreReader data, DateOnly today)
    {
        output.WriteLine();
        FiguresTableWriter.WriteTargets(TargetsService.Build(data, ReportScope.AllProjects, today, label: "alle Projekte")!, output);
    }
}
