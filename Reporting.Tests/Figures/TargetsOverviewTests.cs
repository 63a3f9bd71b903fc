using Reporting.Core.Domain;
using Reporting.Core.Figures;
using static Reporting.Tests.Figures.Build;

namespace Reporting.Tests.Figures;

public class TargetsOverviewTests
{
    private static ProjectSnapshot Project(string id, int target, int placed, DateOnly? start = null, DateOnly? end = null)
    {
        var project = Build.Project(id: id, target: target, start: start, end: end);
        var (people, placements) = PlacedPeople(placed, D(2018, 3, 1), id);
        return Snapshot(project, people, placements);
    }

    [Test]
    public void Build_AsOfDate_SortsWorstFirstThenLowestAttainment()
    {
        // As of 2018-12-31 (half of 730 days): expected = target / 2.
        var snapshots = new[]
        {
            Project("ON", 100, 60),
            Project("MET", 10, 10, end: D(2018, 12, 31)),
            Project("RISK", 100, 46),
            Project("OFF", 100, 10),
            Project("ON2", 100, 50),
            Project("LATER", 100, 0, start: D(2019, 1, 1)),
        };

        var overview = TargetsOverview.Build("all", snapshots, D(2018, 12, 31));

        Assert.That(overview.Rows.Select(r => (r.ProjectId.Value, r.Status)), Is.EqualTo(new[]
        {
            ("OFF", (TargetStatus?)TargetStatus.OffTrack),
            ("RISK", TargetStatus.AtRisk),
            ("ON2", TargetStatus.OnTrack),
            ("ON", TargetStatus.OnTrack),
            ("MET", TargetStatus.Met),
        }));
        Assert.That(overview.NotStarted.Select(p => p.Value), Is.EqualTo(new[] { "LATER" }));
        Assert.That(overview.Total.Attainment, Is.EqualTo(176m / 410m));
    }

    [Test]
    public void Build_NextDeadline_FirstNotYetPassedWithStatus()
    {
        var overview = TargetsOverview.Build("all", [Project("A", 100, 60)], D(2019, 4, 10));

        Assert.That(overview.Rows[0].NextDeadline, Is.EqualTo(new ReportingDeadline(DeadlineKind.Interim, 2018, D(2019, 4, 30), DeadlineStatus.DueSoon)));
    }
}
