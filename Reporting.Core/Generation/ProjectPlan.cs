using System.Globalization;

namespace Reporting.Core.Generation;

/// <summary>One approved line of a project's financing plan.</summary>
/// <param name="Utilisation">How much of the line the project spends, in permille (some lines overrun).</param>
internal sealed record PlannedLine(CostCategory Category, long ApprovedCents, int Utilisation);

/// <summary>
/// Everything about one generated project that is decided before its records are written: program, runtime
/// (2–3 years between 2015 and 2024), places, target, financing plan and funds. Drawn from the project's own stream,
/// so it is the same whether the project is written alone or among thousands.
/// </summary>
internal sealed class ProjectPlan
{
    private static readonly DateOnly Earliest = new(2015, 1, 1);
    private static readonly DateOnly After = new(2025, 1, 1);

    /// <summary>Average stay of a participant in days (as drawn by the participant writer), for the places.</summary>
    private const int AverageStayDays = 300;

    /// <summary>Lowest average voucher, in cents: a project with very many vouchers gets a larger budget instead of
    /// vouchers of a few cents.</summary>
    private const long MinimumAverageVoucherCents = 6_000;

    public ProjectPlan(ulong seed, int index, long participants, long vouchers)
    {
        var random = SeededRandom.For(seed, index, 1);
        var (months, size) = Draw(random);
        Index = index;
        Participants = participants;
        Vouchers = vouchers;
        Program = Catalogue.Programs[index % Catalogue.Programs.Length];
        Id = DataGenerator.ProjectId(index);
        int latest = (After.Year - Earliest.Year) * 12 - months;
        Start = Earliest.AddMonths(random.Below(latest + 1));
        End = Start.AddMonths(months).AddDays(-1);
        var region = random.Pick(Catalogue.Regions);
        Region = CsvRowWriter.Escape(region);
        Recipient = CsvRowWriter.Escape(string.Format(CultureInfo.InvariantCulture, random.Pick(Catalogue.Recipients), region));
        Name = CsvRowWriter.Escape(random.Pick(Catalogue.Themes) + " " + region);
        Weight = months * size;

        int runtimeDays = End.DayNumber - Start.DayNumber + 1;
        long concurrent = (participants * AverageStayDays + runtimeDays - 1) / runtimeDays;
        Places = (int)Math.Max(5, (concurrent * 11 / 10 + 4) / 5 * 5);
        TargetPlacements = participants == 0 ? null : (int)Math.Max(1, participants * random.Between(30, 45) / 100);
        TargetKinds = random.Below(10) switch
        {
            < 7 => "",
            < 9 => "employment",
            _ => "\"employment;apprenticeship;self_employment\"",
        };

        long costPerPlaceMonth = random.Between(1_400, 2_600) * 100L;
        long total = Math.Max(Places * months * costPerPlaceMonth, vouchers * MinimumAverageVoucherCents * random.Between(100, 130) / 100);
        Lines = PlanLines(random, total);
        TotalCents = Lines.Sum(l => l.ApprovedCents);
        (int own, int third) = Program.Funder switch
        {
            "Bund" => (random.Between(0, 10), 0),
            "Land" => (random.Between(0, 10), 0),
            "ESF" => (random.Between(10, 20), random.Chance(500) ? random.Between(10, 30) : 0),
            _ => (random.Between(15, 30), 0),
        };
        OwnFundsCents = TotalCents * own / 100 / 100 * 100;
        ThirdPartyCents = TotalCents * third / 100 / 100 * 100;
        GrantCents = TotalCents - OwnFundsCents - ThirdPartyCents;
        AdvanceDrawdowns = random.Chance(600);
    }

    public int Index { get; }
    public string Id { get; }
    public CatalogueProgram Program { get; }
    public string Name { get; }
    public string Recipient { get; }
    public string Region { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }
    public int Places { get; }
    public int? TargetPlacements { get; }

    /// <summary>Empty (the default kinds), or a cell ready for the file.</summary>
    public string TargetKinds { get; }

    public IReadOnlyList<PlannedLine> Lines { get; }
    public long TotalCents { get; }
    public long OwnFundsCents { get; }
    public long ThirdPartyCents { get; }
    public long GrantCents { get; }
    public long Participants { get; }
    public long Vouchers { get; }

    /// <summary>Drawdowns in advance of a quarter's needs (else reimbursements after it).</summary>
    public bool AdvanceDrawdowns { get; }

    /// <summary>The size the participants and vouchers are split by: runtime in months times a drawn size of 1 to 8.</summary>
    public int Weight { get; }

    /// <summary>The weight of project <paramref name="index"/>, without planning the rest.</summary>
    public static int WeightOf(ulong seed, int index)
    {
        var (months, size) = Draw(SeededRandom.For(seed, index, 1));
        return months * size;
    }

    private static (int Months, int Size) Draw(SeededRandom random) => (random.Between(24, 36), random.Between(1, 8));

    private static PlannedLine[] PlanLines(SeededRandom random, long total)
    {
        var chosen = Catalogue.Categories.Where((_, i) => i < 2 || random.Chance(600)).ToArray();
        var weights = chosen.Select(c => c.ShareWeight * random.Between(70, 130)).ToArray();
        long weightSum = weights.Sum();
        var lines = new PlannedLine[chosen.Length];
        for (int i = 0; i < chosen.Length; i++)
        {
            long approved = Math.Max(100_000, total * weights[i] / weightSum / 10_000 * 10_000);
            lines[i] = new PlannedLine(chosen[i], approved, random.Between(850, 1040));
        }
        return lines;
    }
}
