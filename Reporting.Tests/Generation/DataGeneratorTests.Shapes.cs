using Reporting.Core.Generation;
using Reporting.Core.Storage;
using static Reporting.Tests.Generation.GeneratedCsv;

namespace Reporting.Tests.Generation;

/// <summary>The shapes of the generated records: what the importer does not check but the data set promises.</summary>
public partial class DataGeneratorTests
{
    private sealed record Runtime(DateOnly Start, DateOnly End, decimal Grant, decimal Own, decimal Third);

    private Dictionary<string, Runtime> WriteAndReadProjects(out GenerationSummary summary)
    {
        summary = DataGenerator.Write(new GenerationSize(30, 3_000, 12_000, 11), Folder("set"));
        var projects = Read(summary.Files.Single(f => f.Kind == RecordKind.Projects).Path);
        return projects.Rows.ToDictionary(r => r[0], r => new Runtime(Date(r[5]), Date(r[6]), Amount(r[7]), Amount(r[8]), Amount(r[9])));
    }

    private static GeneratedCsv FileOf(GenerationSummary summary, RecordKind kind) => Read(summary.Files.Single(f => f.Kind == kind).Path);

    [Test]
    public void Write_Projects_RuntimesOfTwoToThreeYearsBetween2015And2024InSeveralProgramsOfEveryFunder()
    {
        var projects = WriteAndReadProjects(out var summary);

        Assert.That(projects.Values.Select(p => p.Start), Has.All.GreaterThanOrEqualTo(new DateOnly(2015, 1, 1)));
        Assert.That(projects.Values.Select(p => p.End), Has.All.LessThanOrEqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(projects.Values.Select(p => p.Start.AddYears(2).AddDays(-1) <= p.End && p.End <= p.Start.AddYears(3).AddDays(-1)), Has.All.True);
        var programs = FileOf(summary, RecordKind.Programs);
        Assert.That(programs.Rows.Select(r => r[2]).Distinct(), Is.EquivalentTo(new[] { "Bund", "Land", "ESF", "Kommune" }));
        Assert.That(FileOf(summary, RecordKind.Projects).Rows.Select(r => r[1]).Distinct().Count(), Is.EqualTo(8));
        Assert.That(FileOf(summary, RecordKind.Projects).Rows.Select(r => r[4]).Distinct().Count(), Is.GreaterThan(5), "regions");
    }

    [Test]
    public void Write_BudgetLines_AddUpToGrantPlusOwnAndThirdPartyFunds()
    {
        var projects = WriteAndReadProjects(out var summary);

        var lines = FileOf(summary, RecordKind.BudgetLines).Rows.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Sum(r => Amount(r[3])));
        foreach (var (id, p) in projects)
        {
            Assert.That(lines[id], Is.EqualTo(p.Grant + p.Own + p.Third), id);
            Assert.That(p.Grant, Is.GreaterThan(p.Own + p.Third), id);
        }
        Assert.That(projects.Values.Count(p => p.Own > 0), Is.GreaterThan(0));
    }

    [Test]
    public void Write_ParticipantsAndPlacements_InsideTheRuntimeWithExitReasonsAndSeveralKinds()
    {
        var projects = WriteAndReadProjects(out var summary);
        var people = FileOf(summary, RecordKind.Participants);
        var placements = FileOf(summary, RecordKind.Placements);

        var entries = people.Rows.ToDictionary(r => (r[0], r[1]), r => Date(r[2]));
        Assert.That(people.Rows.Where(r => r[3] != "").Select(r => Date(r[3]) <= projects[r[0]].End && Date(r[3]) >= Date(r[2])), Has.All.True);
        Assert.That(people.Rows.Select(r => r[4]).Distinct(), Is.EquivalentTo(new[] { "", "Vermittlung", "Qualifizierung", "Abbruch", "Sonstiges" }));
        Assert.That(people.Rows.Where(r => r[3] == "").Select(r => r[4]), Has.All.Empty, "a reason only with an exit date");
        Assert.That(people.Rows.Select(r => r[7]).Distinct(), Is.EquivalentTo(new[] { "ja", "nein", "" }));
        Assert.That(placements.Rows.Select(r => Date(r[2]) >= entries[(r[0], r[1])] && Date(r[2]) <= projects[r[0]].End), Has.All.True);
        Assert.That(placements.Rows.Select(r => r[3]).Distinct(), Is.EquivalentTo(new[] { "svB", "Ausbildung", "Selbständigkeit", "geförderte Beschäftigung", "Sonstige" }));
        Assert.That(placements.Rows.Count(r => r[5] == "ja"), Is.GreaterThan(placements.Rows.Count / 3), "some sustained");
    }

    [Test]
    public void Write_Vouchers_InsideTheRuntimeInPaymentOrderWithSomeRefundsAndDrawdownsWithinTheGrant()
    {
        var projects = WriteAndReadProjects(out var summary);
        var vouchers = FileOf(summary, RecordKind.Expenditures);
        var drawdowns = FileOf(summary, RecordKind.Disbursements);

        Assert.That(vouchers.Rows.Select(r => Date(r[2]) >= projects[r[0]].Start && Date(r[2]) <= projects[r[0]].End), Has.All.True);
        foreach (var project in vouchers.Rows.GroupBy(r => r[0]))
        {
            Assert.That(project.Select(r => Date(r[2])), Is.Ordered, project.Key);
        }
        var refunds = vouchers.Rows.Count(r => Amount(r[4]) < 0);
        Assert.That(refunds, Is.InRange(vouchers.Rows.Count / 200, vouchers.Rows.Count / 25));
        Assert.That(vouchers.Rows.Any(r => r[5].Contains(';', StringComparison.Ordinal)), Is.True, "a quoted payee");
        foreach (var project in drawdowns.Rows.GroupBy(r => r[0]))
        {
            Assert.That(project.Sum(r => Amount(r[4])), Is.LessThanOrEqualTo(projects[project.Key].Grant), project.Key);
            Assert.That(project.Select(r => Amount(r[4])), Has.All.GreaterThan(0m), project.Key);
        }
    }
}
