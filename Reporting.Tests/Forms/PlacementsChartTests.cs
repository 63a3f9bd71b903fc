using Reporting.Core.Domain;
using Reporting.Core.Figures;
using Reporting.Core.Forms.Builders;
using Reporting.Tests.Rendering;
using Reporting.Tests.Support;

namespace Reporting.Tests.Forms;

/// <summary>The Quartalsbericht's chart "Vermittlungen im Zeitverlauf": each point is the engine's figure for the
/// period runtime start .. that month end.</summary>
public class PlacementsChartTests
{
    private static IEnumerable<TestCaseData> Projects()
    {
        yield return new TestCaseData(RenderFixtures.Small, SmallProject.Id.Value).SetName("PlacementsOverTime_SmallProject_EveryPointIsTheEnginesFigure");
        foreach (var folder in Directory.GetDirectories(RepoPaths.Samples).Where(d => Directory.GetFiles(d, "*.csv").Length > 0).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(folder, null).SetName($"PlacementsOverTime_Sample{folder}_EveryPointIsTheEnginesFigure");
        }
    }

    [TestCaseSource(nameof(Projects))]
    public void PlacementsOverTime_EveryMonthEnd_IsTheEnginesCumulativeAndExpectedFigure(string data, string? only)
    {
        var snapshots = RenderFixtures.DataSetOf(data).Projects.Where(s => only is null || s.Project.Id.Value == only).ToList();
        Assert.That(snapshots, Is.Not.Empty);
        foreach (var snapshot in snapshots)
        {
            var runtime = snapshot.Project.Runtime;
            var options = new FigureOptions(Today: runtime.End);
            var figures = FigureCalculator.Compute(snapshot, ReportingPeriod.Between(runtime.Start, runtime.End), options);

            var chart = Charts.PlacementsOverTime(snapshot, figures, options);

            var placed = chart.Series.Single(s => s.Label == "Vermittlungen kumuliert").Points;
            var expected = chart.Series.SingleOrDefault(s => s.Label == "Soll (zeitanteilig)")?.Points ?? [];
            Assert.That(placed.Select(p => p.Date), Is.EqualTo(Charts.MonthEnds(runtime.Start, runtime.End).Select(d => (DateOnly?)d)));
            Assert.That(placed[^1].Value, Is.EqualTo(figures.Placements.PlacementsCumulative), snapshot.Project.Id.Value);
            foreach (var point in placed)
            {
                var f = FigureCalculator.Compute(snapshot, ReportingPeriod.Between(runtime.Start, point.Date!.Value), options);
                Assert.That(point.Value, Is.EqualTo(f.Placements.PlacementsCumulative), $"{snapshot.Project.Id} {point.Date}");
                Assert.That(expected.SingleOrDefault(e => e.Date == point.Date)?.Value, Is.EqualTo(f.Placements.ExpectedByNow), $"{snapshot.Project.Id} {point.Date}");
            }
        }
    }
}
