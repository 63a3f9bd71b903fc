using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Bench.Forms;

/// <summary>How much synthetic data to make.</summary>
/// <param name="Projects">Ordinary projects, each with a few records of every kind.</param>
/// <param name="Months">Runtime of every ordinary project in months; all start on <see cref="SyntheticData.Start"/>.</param>
/// <param name="Vouchers">Expenditures of the one extra project <see cref="SyntheticData.VoucherProjectId"/> (none when 0).</param>
public sealed record SyntheticSize(int Projects, int Months, int Vouchers = 0);

/// <summary>
/// A deterministic synthetic <see cref="DataSet"/> for the bench command: same size, same records, every time (fixed seed).
/// Few records per project and shared strings keep it small: 40,000 projects take about 1.5 KiB each.
/// </summary>
public static class SyntheticData
{
    public const int Seed = 20180701;

    public static readonly DateOnly Start = new(2018, 1, 1);

    public static readonly ProjectId VoucherProjectId = new("BELEGE");

    private static readonly string[] Categories = ["personnel", "material", "travel", "rent", "fees"];
    private static readonly string[] Payees = ["Stadtwerke", "Bürobedarf Meyer GmbH", "Deutsche Bahn", "Hausverwaltung Nord", "Dozentin A."];
    private static readonly string[] Descriptions = ["Gehalt Projektleitung", "Büromaterial", "Fahrtkosten Fachtagung", "Miete Schulungsraum", "Honorar Bewerbungstraining"];
    private static readonly ParticipantId[] People = [new("T1"), new("T2"), new("T3"), new("T4")];
    private static readonly string[] SmallVouchers = ["B1", "B2", "B3", "B4", "B5", "B6"];

    /// <summary>Programs P-1..P-4 (and P-BELEGE for the voucher project), then the projects in id order.</summary>
    public static DataSet Create(SyntheticSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfNegative(size.Projects);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Months, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(size.Vouchers);
        var random = new Random(Seed);
        FundingProgram[] programs =
        [
            new(new ProgramId("P-1"), "Landesprogramm Arbeit", "Land", "Richtlinie Arbeit 2017"),
            new(new ProgramId("P-2"), "ESF Teilhabe", "ESF", "ESF-Förderrichtlinie"),
            new(new ProgramId("P-3"), "Bundesprogramm Perspektiven", "Bund", null),
            new(new ProgramId("P-4"), "Kommunale Beschäftigung", "Kommune", null),
        ];
        var snapshots = new List<ProjectSnapshot>(size.Projects + 1);
        for (int i = 0; i < size.Projects; i++)
        {
            snapshots.Add(SmallProject(i, programs[i % programs.Length], size.Months, random));
        }
        var all = programs.ToList();
        if (size.Vouchers > 0)
        {
            var program = new FundingProgram(new ProgramId("P-BELEGE"), "Belegliste", "Land", null);
            all.Add(program);
            snapshots.Add(VoucherProject(program, size.Vouchers, random));
        }
        return new DataSet(all, snapshots);
    }

    private static ProjectSnapshot SmallProject(int index, FundingProgram program, int months, Random random)
    {
        var id = new ProjectId(string.Create(CultureInfo.InvariantCulture, $"S{index + 1:000000}"));
        var runtime = new DateRange(Start, Start.AddMonths(months).AddDays(-1));
        var personnel = Money.FromCents(random.NextInt64(5_000_000, 50_000_000));
        var material = Money.FromCents(random.NextInt64(500_000, 5_000_000));
        var project = new Project(id, program.Id, "Projekt " + id.Value, "Träger " + (index % 97).ToString(CultureInfo.InvariantCulture),
            index % 2 == 0 ? "Dortmund" : "Essen", runtime, personnel + material, Money.Zero, Money.Zero, 2 + index % 3, 10,
            Project.DefaultTargetKinds);
        BudgetLine[] lines = [new(id, "personnel", "Personalausgaben", personnel), new(id, "material", "Sachausgaben", material)];

        var participants = new Participant[3];
        for (int p = 0; p < participants.Length; p++)
        {
            var entry = Day(runtime, random);
            DateOnly? exit = random.Next(2) == 0 && entry < runtime.End ? entry.AddDays(random.Next(1, runtime.End.DayNumber - entry.DayNumber + 1)) : null;
            participants[p] = new Participant(id, People[p], entry, exit, exit is null ? null : ExitReason.Placement,
                (Gender)(p % 3), 1970 + random.Next(35), p == 0, p == 1, null);
        }
        var placed = participants[0];
        var placementDate = placed.ExitDate ?? placed.EntryDate;
        Placement[] placements = [new(id, placed.Id, placementDate, PlacementKind.Employment, "Handel", null)];

        var expenditures = new Expenditure[4];
        for (int e = 0; e < expenditures.Length; e++)
        {
            int k = random.Next(Categories.Length);
            expenditures[e] = new Expenditure(id, SmallVouchers[e], Day(runtime, random), k == 0 ? "personnel" : "material",
                Money.FromCents(random.NextInt64(1_000, 2_000_000)), Payees[k], Descriptions[k]);
        }
        Disbursement[] disbursements = [new(id, "A1", Start, Start.AddDays(14), Money.FromCents(personnel.ToCents() / 2))];
        return new ProjectSnapshot(project, program, lines, participants, placements, expenditures, disbursements);
    }

    private static ProjectSnapshot VoucherProject(FundingProgram program, int vouchers, Random random)
    {
        var id = VoucherProjectId;
        var runtime = new DateRange(Start, new DateOnly(2020, 12, 31));
        var lines = Categories.Select((c, k) => new BudgetLine(id, c, Descriptions[k], Money.Euros(vouchers * 1_000m))).ToArray();
        var project = new Project(id, program.Id, "Projekt mit vielen Belegen", "Träger Belege", "Dortmund", runtime,
            lines.Select(l => l.Approved).Sum(), Money.Zero, Money.Zero, 10, 20, Project.DefaultTargetKinds);
        var participants = People.Select((p, n) => new Participant(id, p, Start.AddDays(n * 30), null, null, (Gender)(n % 2), 1980 + n, null, null, null)).ToArray();
        var expenditures = new Expenditure[vouchers];
        for (int v = 0; v < vouchers; v++)
        {
            int k = random.Next(Categories.Length);
            expenditures[v] = new Expenditure(id, string.Create(CultureInfo.InvariantCulture, $"V{v + 1:000000}"), Day(runtime, random),
                Categories[k], Money.FromCents(random.NextInt64(-5_000, 500_000)), Payees[k], Descriptions[k]);
        }
        Disbursement[] disbursements = [new(id, "A1", Start, Start.AddDays(14), Money.Euros(vouchers * 1_500m))];
        return new ProjectSnapshot(project, program, lines, participants, [], expenditures, disbursements);
    }

    private static DateOnly Day(DateRange range, Random random) => range.Start.AddDays(random.Next(range.Days));
}
