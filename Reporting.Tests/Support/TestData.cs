using Reporting.Core.Domain;

namespace Reporting.Tests.Support;

/// <summary>Small hand-made records for tests; every value is visible at the call site or here.</summary>
public static class TestData
{
    public static readonly ProgramId ProgramA = new("P-LAND");
    public static readonly ProjectId ProjectA = new("SCLA");

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static FundingProgram Program(string id = "P-LAND", string funder = "Land") =>
        new(new ProgramId(id), "Modellprojekte Integration Langzeitarbeitsloser", funder, "§ 44 LHO NRW");

    public static Project Project(
        string id = "SCLA",
        string program = "P-LAND",
        string start = "2017-07-01",
        string end = "2019-09-30",
        decimal grant = 5_800_000m,
        decimal own = 0m,
        decimal third = 0m,
        int? target = 210,
        int? places = null,
        string? region = "Dortmund") =>
        new(new ProjectId(id), new ProgramId(program), "Service Center lokale Arbeit", "Stadt Dortmund", region,
            new DateRange(D(start), D(end)), Money.Euros(grant), Money.Euros(own), Money.Euros(third),
            target, places, Reporting.Core.Domain.Project.DefaultTargetKinds);

    public static Participant Participant(string id, string entry, string? exit = null, string project = "SCLA",
        ExitReason? reason = null, Gender? gender = Gender.Female, int? birthYear = 1975) =>
        new(new ProjectId(project), new ParticipantId(id), D(entry), exit is null ? null : D(exit), reason, gender,
            birthYear, true, false, null);
}
