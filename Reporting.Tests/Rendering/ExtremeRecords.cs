using Reporting.Core.Domain;

namespace Reporting.Tests.Rendering;

/// <summary>Data sets made of the records a store can hold at the edges: dates from 01.01.0001 to 31.12.9999 (an open
/// end of 31.12.9999 among them), amounts up to ±1,000,000,000 € in many records, targets and places up to
/// <see cref="int.MaxValue"/>, an empty project, a project with only refunds, and texts with any Unicode (control
/// characters, terminal escapes, lone surrogates, right-to-left, combining marks, emoji, formula leads, very long).
/// The same seed always gives the same data.</summary>
internal static class ExtremeRecords
{
    public static readonly DateOnly[] Dates =
    [
        DateOnly.MinValue, new(1, 1, 31), new(1, 2, 28), new(1, 3, 1), new(1, 6, 30), new(99, 12, 31), new(100, 1, 1),
        new(1899, 12, 30), new(1900, 2, 28), new(1900, 3, 1), new(2018, 1, 1), new(2018, 2, 28), new(2020, 2, 29),
        new(9998, 12, 31), new(9999, 1, 1), new(9999, 6, 30), new(9999, 7, 1), new(9999, 11, 30), new(9999, 12, 1), DateOnly.MaxValue,
    ];

    public static readonly decimal[] Amounts =
    [
        0m, 0.01m, -0.01m, 0.05m, 123.45m, 1_000_000_000m, -1_000_000_000m, 999_999_999.99m, -999_999_999.99m,
    ];

    public static readonly string[] Texts =
    [
        "A B", "A/B", "A_B", "A\\B", "..", ".hidden", "CON", "Müller & Söhne", "ẞ straße",
        "\u001b[31mrot\u001b[0m\u0007", "\u001b]0;title\u0007", "\u009b2J", "nul\0byte", "\u0008\u0008\u0008back",
        "hoch \uD800 allein", "tief \uDC00 allein", "\uDBFF", "👩‍👩‍👧 Familie", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "مرحبا بالعالم", "עברית ושלום",
        "e\u0301\u0301\u0301 kombiniert", "\u202Eevil\u202C", "\u2066isolat\u2069", "中文测试 日本語 한국어", "ไทย", "हिन्दी",
        "=1+1", "+49 231", "-5", "@SUM(A1)", "|calc", "＝1+1", "＋1", "－1", "＠x", "｜x", "\tTab", "\rCR", "Zeile 1\r\nZeile 2\nZeile 3",
        "", " ", "\u00A0", "\uFEFFBOM", "\u200Bzero\u200Bwidth", "\uFFFF\uFFFE", "\u0085 NEL \u2028 LS \u2029 PS", "Ｆｕｌｌ",
        new string('x', 5000), string.Join(" ", Enumerable.Repeat("Wort", 2000)), "<tag>&amp;\"'</tag>", "%s%n{0}",
    ];

    public static readonly string[] Ids =
    [
        "A B", "A/B", "A_B", "A\\B", "..", "CON", "Müller", "Mueller", "\u001b[31mX", "👩‍👩‍👧", "\uD800", "مرحبا", "=1+1", "|x",
        new string('L', 400), "a", "A",
    ];

    public static DataSet Create(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var programId = new ProgramId(Pick(Ids) + "-prog");
        var program = new FundingProgram(programId, Pick(Texts), Pick(Texts), Pick(Texts));
        var ids = Ids.OrderBy(_ => random.Next()).Take(4).ToList();
        var projects = new List<ProjectSnapshot>
        {
            Full(random, program, ids[0]),
            Full(random, program, ids[1]),
            Empty(random, program, ids[2]),
            RefundsOnly(random, program, ids[3]),
        };
        return new DataSet([program], projects);
    }

    private static Project ProjectOf(Random random, FundingProgram program, string id, DateRange runtime)
    {
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        int?[] counts = [null, 0, 1, 7, int.MaxValue];
        var kinds = Enum.GetValues<PlacementKind>().Where(_ => random.Next(2) == 0).ToHashSet();
        return new Project(new ProjectId(id), program.Id, Pick(Texts), Pick(Texts), Pick(Texts), runtime,
            Money.Euros(Math.Abs(Pick(Amounts))), Money.Euros(Math.Abs(Pick(Amounts))), Money.Euros(Math.Abs(Pick(Amounts))),
            Pick(counts), Pick(counts), kinds.Count == 0 ? Project.DefaultTargetKinds : kinds);
    }

    private static DateRange Runtime(Random random)
    {
        DateRange[] fixedOnes =
        [
            new(DateOnly.MinValue, DateOnly.MaxValue), new(new DateOnly(2018, 1, 1), DateOnly.MaxValue),
            new(DateOnly.MinValue, new DateOnly(1, 1, 31)), new(new DateOnly(9999, 12, 1), DateOnly.MaxValue),
            new(DateOnly.MaxValue, DateOnly.MaxValue), new(DateOnly.MinValue, DateOnly.MinValue),
        ];
        if (random.Next(2) == 0)
        {
            return fixedOnes[random.Next(fixedOnes.Length)];
        }
        var a = Dates[random.Next(Dates.Length)];
        var b = Dates[random.Next(Dates.Length)];
        return a <= b ? new DateRange(a, b) : new DateRange(b, a);
    }

    private static ProjectSnapshot Full(Random random, FundingProgram program, string id)
    {
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var project = ProjectOf(random, program, id, Runtime(random));
        var pid = project.Id;
        var categories = Enumerable.Range(0, 6).Select(_ => Pick(Texts)).Append("PERS").Distinct(StringComparer.Ordinal).ToArray();
        var budget = categories.Take(random.Next(categories.Length + 1))
            .Select(c => new BudgetLine(pid, c, Pick(Texts), Money.Euros(Pick(Amounts)))).ToList();
        int?[] years = [null, 1, 1900, 1975, 9999, -40];
        bool?[] flags = [null, true, false];
        Gender?[] genders = [null, Gender.Female, Gender.Male, Gender.Diverse, Gender.X];
        ExitReason?[] reasons = [null, ExitReason.Placement, ExitReason.Training, ExitReason.Dropout, ExitReason.Other];
        var people = Enumerable.Range(0, random.Next(2) == 0 ? 0 : 60).Select(i =>
        {
            var entry = Pick(Dates);
            DateOnly? exit = random.Next(3) == 0 ? null : Pick(Dates);
            return new Participant(pid, new ParticipantId($"{Pick(Ids)}-{i}"), entry, exit, Pick(reasons), Pick(genders), Pick(years),
                Pick(flags), Pick(flags), Pick(flags));
        }).ToList();
        var placements = people.Where(_ => random.Next(2) == 0)
            .Select(p => new Placement(pid, p.Id, Pick(Dates), Pick(Enum.GetValues<PlacementKind>()), Pick(Texts), Pick(flags)))
            .Append(new Placement(pid, new ParticipantId("nicht in der Liste"), Pick(Dates), PlacementKind.Employment, null, null))
            .ToList();
        var expenditures = Enumerable.Range(0, random.Next(2) == 0 ? 1 : 300)
            .Select(i => new Expenditure(pid, $"{Pick(Texts)}#{i}", Pick(Dates), Pick(categories), Money.Euros(Pick(Amounts)), Pick(Texts), Pick(Texts)))
            .ToList();
        DateOnly?[] maybeDates = [null, .. Dates.Select(d => (DateOnly?)d)];
        var disbursements = Enumerable.Range(0, random.Next(40))
            .Select(i => new Disbursement(pid, $"{Pick(Texts)}#{i}", Pick(maybeDates), Pick(maybeDates), Money.Euros(Pick(Amounts))))
            .ToList();
        return new ProjectSnapshot(project, program, budget, people, placements, expenditures, disbursements);
    }

    private static ProjectSnapshot Empty(Random random, FundingProgram program, string id) =>
        new(ProjectOf(random, program, id, Runtime(random)), program, [], [], [], [], []);

    private static ProjectSnapshot RefundsOnly(Random random, FundingProgram program, string id)
    {
        var project = ProjectOf(random, program, id, Runtime(random));
        var refunds = Enumerable.Range(0, 25)
            .Select(i => new Expenditure(project.Id, $"R{i}", Dates[random.Next(Dates.Length)], "PERS", Money.Euros(-1_000_000_000m), "Rückzahlung", null))
            .ToList();
        return new ProjectSnapshot(project, program, [], [], [], refunds, []);
    }
}
