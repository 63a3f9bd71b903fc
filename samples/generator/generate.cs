// Deterministic generator for the synthetic sample data sets in samples/.
// Run from the repository root:  dotnet run samples/generator/generate.cs
// Optional argument: output folder (default: samples). Same code + same seeds => byte-identical files.
// All persons are invented; ids are pseudonyms. See samples/README.md for the real figures followed.
using System.Globalization;
using System.Text;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var outRoot = args.Length > 0 ? args[0] : "samples";

Dortmund.Write(Path.Combine(outRoot, "dortmund-scla"));
SozialeTeilhabe.Write(Path.Combine(outRoot, "soziale-teilhabe-nrw"));
Offenbach.Write(Path.Combine(outRoot, "offenbach-pro-arbeit"));
Console.WriteLine("done");

// ---------------------------------------------------------------- records
record Person(string Id, DateOnly Entry, string Gender, int? BirthYear, bool? LongTermUnemployed, bool? Refugee, bool? SeverelyDisabled)
{
    public DateOnly? Exit { get; set; }
    public string? Reason { get; set; } // placement, training, dropout, other
}
record Place(string PersonId, DateOnly Date, string Kind, string Sector, bool? Sustained);
record Expense(string Voucher, DateOnly Date, string Category, decimal Amount, string Payee, string Description);
record Disbursement(string No, DateOnly Requested, DateOnly Received, decimal Amount);
/// <summary>A budget line; <paramref name="Year"/> set when the plan is split by budget year (Haushaltsjahr).</summary>
record Line(string Code, string Label, decimal Approved, int? Year = null);

/// <summary>One planned payment before it is scaled to the line's total.</summary>
record Planned(DateOnly Date, double Weight, string Payee, string Description);

// ---------------------------------------------------------------- output style
/// <summary>How one data set is written: delimiter, encoding, value spelling, header language.</summary>
sealed class Style
{
    public required char Delimiter { get; init; }
    public required Encoding Encoding { get; init; }
    public required string NewLine { get; init; }
    public required Func<decimal, string> Money { get; init; }
    public required Func<DateOnly, string> Date { get; init; }
    public required Func<bool?, string> Flag { get; init; }
    public Func<bool?, string>? SustainedFlag { get; init; }
    public required Func<string, string> Value { get; init; } // maps english codes (exit reasons, kinds, gender)
    /// <summary>Chooses the header per column: (english, german, column index) => header text.</summary>
    public required Func<string, string, int, string> Header { get; init; }

    public void WriteFile(string folder, string file, (string En, string De)[] columns, IEnumerable<string?[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(Delimiter, columns.Select((c, i) => Quote(Header(c.En, c.De, i))))).Append(NewLine);
        foreach (var row in rows)
        {
            sb.Append(string.Join(Delimiter, row.Select(v => Quote(v ?? "")))).Append(NewLine);
        }
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, file), [.. Encoding.GetPreamble(), .. Encoding.GetBytes(sb.ToString())]);
    }

    string Quote(string v) =>
        v.IndexOfAny([Delimiter, '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;

    public static string GermanMoney(decimal amount, bool thousands)
    {
        var s = Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture);
        var (whole, cents) = (s[..^3], s[^2..]);
        if (thousands)
        {
            var groups = new List<string>();
            for (var end = whole.Length; end > 0; end -= 3)
            {
                groups.Insert(0, whole[Math.Max(0, end - 3)..end]);
            }
            whole = string.Join('.', groups);
        }
        return (amount < 0 ? "-" : "") + whole + "," + cents;
    }

    public static readonly Dictionary<string, string> German = new()
    {
        ["placement"] = "Vermittlung", ["training"] = "Qualifizierung", ["dropout"] = "Abbruch", ["other"] = "Sonstiges",
        ["employment"] = "svB", ["apprenticeship"] = "Ausbildung", ["self_employment"] = "Selbständigkeit",
        ["subsidised"] = "geförderte Beschäftigung", ["other_kind"] = "Sonstige",
        ["f"] = "w", ["m"] = "m", ["d"] = "d", ["x"] = "x", [""] = "",
    };
}

// ---------------------------------------------------------------- shared writing of the seven kinds
static class Files
{
    public static readonly (string, string)[] Programs =
        [("program_id", "Programm-ID"), ("name", "Programm"), ("funder", "Mittelgeber"), ("legal_basis", "Rechtsgrundlage")];
    public static readonly (string, string)[] BudgetLines =
        [("project_id", "Projekt-ID"), ("cost_category", "Kostenart"), ("label", "Bezeichnung"), ("approved_amount", "Bewilligt")];
    public static readonly (string, string)[] Participants =
        [("project_id", "Projekt-ID"), ("participant_id", "Teilnehmer-ID"), ("entry_date", "Eintritt"), ("exit_date", "Austritt"),
         ("exit_reason", "Austrittsgrund"), ("gender", "Geschlecht"), ("birth_year", "Geburtsjahr"),
         ("long_term_unemployed", "langzeitarbeitslos"), ("refugee", "geflüchtet"), ("severely_disabled", "schwerbehindert")];
    public static readonly (string, string)[] Placements =
        [("project_id", "Projekt-ID"), ("participant_id", "Teilnehmer-ID"), ("placement_date", "Vermittlungsdatum"), ("kind", "Art"),
         ("sector", "Branche"), ("sustained_6m", "nachhaltig")];
    public static readonly (string, string)[] Expenditures =
        [("project_id", "Projekt-ID"), ("voucher_no", "Belegnummer"), ("payment_date", "Zahlungsdatum"), ("cost_category", "Kostenart"),
         ("amount", "Betrag"), ("payee", "Empfänger"), ("description", "Verwendungszweck")];
    public static readonly (string, string)[] Disbursements =
        [("project_id", "Projekt-ID"), ("request_no", "Abruf-Nr."), ("request_date", "Abrufdatum"), ("received_date", "Eingangsdatum"),
         ("amount", "Betrag")];

    public static void WriteProjectData(Style s, string folder, IReadOnlyList<ProjectData> projects)
    {
        if (projects.Any(p => p.Lines.Any(l => l.Year is not null)))
        {
            s.WriteFile(folder, "budget_lines.csv", [.. BudgetLines, ("budget_year", "Haushaltsjahr")],
                projects.SelectMany(p => p.Lines.Select(l => new string?[]
                    { p.Id, l.Code, l.Label, s.Money(l.Approved), l.Year?.ToString(CultureInfo.InvariantCulture) })));
        }
        else
        {
            s.WriteFile(folder, "budget_lines.csv", BudgetLines,
                projects.SelectMany(p => p.Lines.Select(l => new string?[] { p.Id, l.Code, l.Label, s.Money(l.Approved) })));
        }
        s.WriteFile(folder, "participants.csv", Participants,
            projects.SelectMany(p => p.Persons.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => new string?[]
            {
                p.Id, x.Id, s.Date(x.Entry), x.Exit is { } e ? s.Date(e) : null, x.Reason is { } r ? s.Value(r) : null,
                s.Value(x.Gender), x.BirthYear?.ToString(CultureInfo.InvariantCulture), s.Flag(x.LongTermUnemployed),
                s.Flag(x.Refugee), s.Flag(x.SeverelyDisabled),
            })));
        s.WriteFile(folder, "placements.csv", Placements,
            projects.SelectMany(p => p.Placements.OrderBy(x => x.Date).ThenBy(x => x.PersonId, StringComparer.Ordinal).Select(x => new string?[]
            {
                p.Id, x.PersonId, s.Date(x.Date), s.Value(x.Kind == "other" ? "other_kind" : x.Kind), x.Sector,
                (s.SustainedFlag ?? s.Flag)(x.Sustained),
            })));
        s.WriteFile(folder, "expenditures.csv", Expenditures,
            projects.SelectMany(p => p.Expenses.OrderBy(x => x.Voucher, StringComparer.Ordinal).Select(x => new string?[]
            {
                p.Id, x.Voucher, s.Date(x.Date), x.Category, s.Money(x.Amount), x.Payee, x.Description,
            })));
        s.WriteFile(folder, "disbursements.csv", Disbursements,
            projects.SelectMany(p => p.Disbursements.Select(x => new string?[]
            {
                p.Id, x.No, s.Date(x.Requested), s.Date(x.Received), s.Money(x.Amount),
            })));
    }
}

sealed class ProjectData(string id)
{
    public string Id { get; } = id;
    public List<Line> Lines { get; } = [];
    public List<Person> Persons { get; } = [];
    public List<Place> Placements { get; } = [];
    public List<Expense> Expenses { get; } = [];
    public List<Disbursement> Disbursements { get; } = [];
    string _voucherPrefix = "";

    /// <summary>Scales planned payments so that they add up exactly to <paramref name="total"/> and books them.</summary>
    public void Book(string prefix, string category, decimal total, IReadOnlyList<Planned> plan)
    {
        var weightSum = plan.Sum(p => p.Weight);
        var booked = 0m;
        for (var i = 0; i < plan.Count; i++)
        {
            var amount = i == plan.Count - 1 ? total - booked : Math.Round(total * (decimal)(plan[i].Weight / weightSum), 2);
            booked += amount;
            Add(prefix, plan[i].Date, category, amount, plan[i].Payee, plan[i].Description);
        }
    }

    public void Add(string prefix, DateOnly date, string category, decimal amount, string payee, string description)
    {
        _voucherPrefix = prefix;
        Expenses.Add(new Expense("", date, category, amount, payee, description));
    }

    /// <summary>Voucher numbers run per year in order of payment date, as in a cash book: PREFIX-2018-0001, ...</summary>
    public void NumberVouchers()
    {
        var ordered = Expenses.OrderBy(e => e.Date).ToList(); // stable: same-day vouchers keep booking order
        Expenses.Clear();
        foreach (var year in ordered.GroupBy(e => e.Date.Year))
        {
            Expenses.AddRange(year.Select((e, i) => e with { Voucher = $"{_voucherPrefix}-{year.Key}-{i + 1:0000}" }));
        }
    }

    public decimal SpentBetween(DateOnly from, DateOnly to) =>
        Expenses.Where(e => e.Date >= from && e.Date <= to).Sum(e => e.Amount);

    /// <summary>Quarterly reimbursement requests: the spend of each past quarter times the share, floored to 100 €.</summary>
    public void ReimburseQuarterly(Random r, DateOnly start, DateOnly lastQuarterStart, decimal share, string prefix)
    {
        var n = 0;
        for (var q = Dates.QuarterStart(start); q <= lastQuarterStart; q = q.AddMonths(3))
        {
            var amount = Math.Floor(SpentBetween(q, q.AddMonths(3).AddDays(-1)) * share / 100m) * 100m;
            if (amount <= 0) continue;
            var requested = Dates.Weekday(q.AddMonths(3).AddDays(r.Next(6, 16)));
            Disbursements.Add(new Disbursement($"{prefix}{++n:00}", requested, Dates.Weekday(requested.AddDays(r.Next(12, 26))), amount));
        }
    }
}

static class Dates
{
    public static DateOnly D(int y, int m, int d) => new(y, m, d);
    public static DateOnly Weekday(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(2),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };
    public static DateOnly Between(Random r, DateOnly from, DateOnly to) => from.AddDays(r.Next(to.DayNumber - from.DayNumber + 1));
    /// <summary>A weekday in [from, to] (both assumed to contain at least one weekday).</summary>
    public static DateOnly WeekdayBetween(Random r, DateOnly from, DateOnly to)
    {
        while (true)
        {
            var d = Between(r, from, to);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) return d;
        }
    }
    public static DateOnly QuarterStart(DateOnly d) => new(d.Year, (d.Month - 1) / 3 * 3 + 1, 1);
    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    public static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1)) yield return m;
    }
    public static string MonthLabel(DateOnly m) => m.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}

static class Pick
{
    public static T One<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
    public static bool Chance(Random r, double p) => r.NextDouble() < p;
    public static void Shuffle<T>(Random r, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
    /// <summary>Ratio around 1 for "near but not exactly the budget", with random cents.</summary>
    public static decimal Spend(Random r, decimal approved, decimal share) =>
        Math.Round(approved * share, 0) + r.Next(1, 100) / 100m;

    public static int ActiveOn(IEnumerable<Person> persons, DateOnly d) =>
        persons.Count(p => p.Entry <= d && (p.Exit is not { } e || e >= d));
}

// ================================================================ 1. Dortmund SCLA (German style, cp1252)
static class Dortmund
{
    static readonly DateOnly Start = Dates.D(2017, 7, 1), End = Dates.D(2019, 9, 30), AsOf = Dates.D(2020, 1, 15);
    const string Pid = "SCLA-DO";

    static readonly string[][] Sectors =
    [
        ["Säule 1 – Grünflächenpflege", "Säule 1 – Innenstadtservice", "Säule 1 – Quartiersservice", "Säule 1 – Schulhofbetreuung"],
        ["Säule 2 – Gebäudereinigung (Vergabe)", "Säule 2 – Garten- und Landschaftsbau (Vergabe)", "Säule 2 – Quartiersmanagement (Vergabe)"],
        ["Säule 3 – Logistik", "Säule 3 – Einzelhandel", "Säule 3 – Gastronomie", "Säule 3 – Pflegehilfe", "Säule 3 – Produktion"],
    ];

    public static void Write(string folder)
    {
        var r = new Random(20170701);
        var p = new ProjectData(Pid);
        p.Lines.AddRange(
        [
            new("PERS", "Personal Service Center lokale Arbeit", 1_180_000m),
            new("S1-MLA", "Säule 1: Minderleistungsausgleich geförderter Ausbau einfacher Tätigkeiten", 1_320_000m),
            new("S2-MLA", "Säule 2: Minderleistungsausgleich kommunale Vergaben", 600_000m),
            new("S3-BAK", "Säule 3: Betriebsakquisiteure", 420_000m),
            new("S3-MLA", "Säule 3: Minderleistungsausgleich Unternehmen", 540_000m),
            new("PRAEMIE", "Einstellungsprämie 3.000 € je Einstellung", 630_000m),
            new("COACH", "Coaching und Qualifizierung (externe Träger)", 860_000m),
            new("SACH", "Sachkosten (Miete, IT, Öffentlichkeitsarbeit)", 250_000m),
        ]);
        var pillarOf = MakePlacements(r, p);
        MakeOtherParticipants(r, p);
        MakeExpenses(r, p, pillarOf);
        p.NumberVouchers();
        p.ReimburseQuarterly(r, Start, Dates.D(2019, 7, 1), 1m, "MA-");
        SplitByBudgetYear(p); // the last request (Q3/2019) follows the end of the project

        var s = new Style
        {
            Delimiter = ';', Encoding = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            NewLine = "\r\n", Money = a => Style.GermanMoney(a, thousands: true),
            Date = d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            Flag = b => b switch { true => "ja", false => "nein", null => "" },
            Value = v => Style.German[v], Header = (_, de, _) => de,
        };
        s.WriteFile(folder, "programs.csv", Files.Programs,
            [["MIL-NRW", "Modellprojekte Integration Langzeitarbeitslose NRW", "Land", "§§ 23, 44 LHO NRW, Zuwendungsbescheid MAGS NRW"]]);
        s.WriteFile(folder, "projects.csv",
            [("project_id", "Projekt-ID"), ("program_id", "Programm-ID"), ("name", "Projektname"), ("recipient", "Zuwendungsempfänger"),
             ("region", "Region"), ("start_date", "Beginn"), ("end_date", "Ende"), ("grant_amount", "Zuwendung"), ("own_funds", "Eigenmittel"),
             ("third_party_funds", "Drittmittel"), ("target_placements", "Zielwert Vermittlungen"), ("places", "Plätze"), ("target_kinds", "Zielarten")],
            [[Pid, "MIL-NRW", "Service Center lokale Arbeit (SCLA)", "Stadt Dortmund (mit Jobcenter Dortmund)", "Dortmund",
              s.Date(Start), s.Date(End), s.Money(5_800_000m), s.Money(0m), s.Money(0m), "210", "", "employment"]]);
        Files.WriteProjectData(s, folder, [p]);
    }

    /// <summary>The grant decision splits every line by budget year (2017: July–December, 2018, 2019: January–September)
    /// in proportion to the months of each year, the first two years rounded to full 5,000 €, the last year the rest.
    /// Uses no random numbers, so every other file stays as it was.</summary>
    static void SplitByBudgetYear(ProjectData p)
    {
        var months = new Dictionary<int, int> { [2017] = 6, [2018] = 12, [2019] = 9 };
        var total = months.Values.Sum();
        var lines = p.Lines.ToList();
        p.Lines.Clear();
        foreach (var line in lines)
        {
            var booked = 0m;
            foreach (var (year, n) in months)
            {
                var amount = year == 2019 ? line.Approved - booked : Math.Round(line.Approved * n / total / 5000m, 0) * 5000m;
                booked += amount;
                p.Lines.Add(line with { Approved = amount, Year = year });
            }
        }
    }

    /// <summary>205 persons placed into jobs subject to social insurance: 151 by 26.03.2019, 54 more by 30.09.2019.</summary>
    static Dictionary<string, int> MakePlacements(Random r, ProjectData p)
    {
        var dates = new List<DateOnly>();
        var (a, b) = (Dates.D(2017, 10, 2), Dates.D(2019, 3, 26));
        for (var i = 0; i < 151; i++) // rising placement rate: CDF x^1.5
        {
            var d = a.AddDays((int)(Math.Pow(r.NextDouble(), 1 / 1.5) * (b.DayNumber - a.DayNumber)));
            dates.Add(d.DayOfWeek switch { DayOfWeek.Saturday => d.AddDays(-1), DayOfWeek.Sunday => d.AddDays(1), _ => d });
        }
        for (var i = 0; i < 54; i++) dates.Add(Dates.WeekdayBetween(r, Dates.D(2019, 3, 27), End));
        dates.Sort();
        var pillars = Enumerable.Repeat(0, 107).Concat(Enumerable.Repeat(1, 49)).Concat(Enumerable.Repeat(2, 49)).ToList();
        Pick.Shuffle(r, pillars);

        var pillarOf = new Dictionary<string, int>();
        var ids = Enumerable.Range(1, 292).Select(i => $"DO-{i:0000}").ToList();
        Pick.Shuffle(r, ids); // ids don't reveal the outcome
        var next = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            var person = NewPerson(r, ids[next++], Dates.Max(Dates.D(2017, 7, 3), Dates.Weekday(dates[i].AddDays(-r.Next(28, 300)))));
            person.Exit = dates[i];
            person.Reason = "placement";
            p.Persons.Add(person);
            pillarOf[person.Id] = pillars[i];
            bool? sustained = dates[i].AddMonths(6) <= AsOf ? Pick.Chance(r, 0.82) : null;
            p.Placements.Add(new Place(person.Id, dates[i], "employment", Pick.One(r, Sectors[pillars[i]]), sustained));
        }
        // Non-target outcomes: four young people into apprenticeship, two into other subsidised employment (§ 16i from 2019).
        for (var i = 0; i < 6; i++)
        {
            var apprentice = i < 4;
            var when = apprentice ? Dates.D(2018 + i % 2, 8, 1) : Dates.WeekdayBetween(r, Dates.D(2019, 1, 2), Dates.D(2019, 6, 28));
            var entry = Dates.Weekday(when.AddDays(-r.Next(60, 240)));
            var person = apprentice
                ? new Person(ids[next++], entry, Pick.Chance(r, 0.5) ? "f" : "m", entry.Year - r.Next(20, 25), true, i % 2 == 0, false)
                : NewPerson(r, ids[next++], entry);
            person.Exit = when;
            person.Reason = "placement";
            p.Persons.Add(person);
            p.Placements.Add(new Place(person.Id, when, apprentice ? "apprenticeship" : "subsidised",
                apprentice ? Pick.One(r, ["Ausbildung Fachkraft für Lagerlogistik", "Ausbildung Gärtner/in", "Ausbildung Kaufmann/-frau im Einzelhandel"])
                           : "Teilhabe am Arbeitsmarkt § 16i SGB II", when.AddMonths(6) <= AsOf ? true : null));
        }
        return pillarOf;
    }

    static void MakeOtherParticipants(Random r, ProjectData p)
    {
        var used = p.Persons.Select(x => x.Id).ToHashSet();
        foreach (var id in Enumerable.Range(1, 292).Select(i => $"DO-{i:0000}").Where(i => !used.Contains(i)))
        {
            var person = NewPerson(r, id, Dates.WeekdayBetween(r, Dates.D(2017, 7, 10), Dates.D(2019, 6, 28)));
            var roll = r.NextDouble();
            (person.Reason, person.Exit) = roll switch
            {
                < 0.35 => ("dropout", Dates.Min(End, Dates.Weekday(person.Entry.AddDays(r.Next(20, 260))))),
                < 0.50 => ("training", Dates.Min(End, Dates.Weekday(person.Entry.AddDays(r.Next(60, 200))))),
                < 0.65 => ("other", Dates.Min(End, Dates.Weekday(person.Entry.AddDays(r.Next(30, 300))))),
                _ => ("other", End), // still in the project at its end
            };
            p.Persons.Add(person);
        }
    }

    static Person NewPerson(Random r, string id, DateOnly entry)
    {
        var refugee = Pick.Chance(r, 0.13);
        var age = refugee ? r.Next(21, 46) : r.Next(25, 63);
        return new Person(id, entry, Pick.Chance(r, 0.38) ? "f" : "m", entry.Year - age,
            refugee ? Pick.Chance(r, 0.4) : true, refugee, Pick.Chance(r, 0.06) ? null : Pick.Chance(r, 0.08));
    }

    static void MakeExpenses(Random r, ProjectData p, Dictionary<string, int> pillarOf)
    {
        const string V = "SCLA";
        var months = Dates.Months(Start, End).ToList();
        var placedEmployment = p.Placements.Where(x => x.Kind == "employment").ToList();

        p.Book(V, "PERS", Pick.Spend(r, 1_180_000m, 0.986m), months.SelectMany(m => new[]
        {
            new Planned(Dates.Weekday(m.AddDays(26)), m < Dates.D(2017, 10, 1) ? 0.55 : 1.0 + r.NextDouble() * 0.04,
                "Stadt Dortmund, Personal- und Organisationsamt", $"Personalkosten Service Center {Dates.MonthLabel(m)} (Sozialdezernat)"),
            new Planned(Dates.Weekday(m.AddDays(27)), m < Dates.D(2017, 10, 1) ? 0.35 : 0.62 + r.NextDouble() * 0.03,
                "Wirtschaftsförderung Dortmund", $"Personalkosten Service Center {Dates.MonthLabel(m)} (Wirtschaftsförderung)"),
        }).ToList());
        p.Book(V, "S3-BAK", Pick.Spend(r, 420_000m, 0.962m), months.Where(m => m >= Dates.D(2017, 9, 1)).Select(m =>
            new Planned(Dates.Weekday(m.AddDays(27)), 1.0 + r.NextDouble() * 0.05, "Wirtschaftsförderung Dortmund",
                $"Personalkosten Betriebsakquisiteure {Dates.MonthLabel(m)}")).ToList());

        // Minderleistungsausgleich: monthly per pillar, weighted by persons placed in that pillar during the last 12 months.
        string[] mlaPayees = ["Dortmunder Stadtteildienste gGmbH", "diverse Auftragnehmer kommunaler Vergaben (Sammelauszahlung)",
                              "diverse Arbeitgeber (Sammelauszahlung)"];
        (string Code, decimal Approved, decimal Share)[] mla = [("S1-MLA", 1_320_000m, 0.944m), ("S2-MLA", 600_000m, 0.917m), ("S3-MLA", 540_000m, 0.978m)];
        for (var pillar = 0; pillar < 3; pillar++)
        {
            var plan = new List<Planned>();
            foreach (var m in months)
            {
                var n = placedEmployment.Count(x => pillarOf[x.PersonId] == pillar && x.Date < m && x.Date >= m.AddMonths(-12));
                if (n > 0) plan.Add(new Planned(Dates.Weekday(m.AddDays(14)), n, mlaPayees[pillar],
                    $"Minderleistungsausgleich Säule {pillar + 1} {Dates.MonthLabel(m)}, {n} Beschäftigte"));
            }
            p.Book(V, mla[pillar].Code, Pick.Spend(r, mla[pillar].Approved, mla[pillar].Share), plan);
        }

        // Hiring premium: 3,000 € per hire, paid 3-7 weeks after the hire (at the latest on the last project day).
        var employers = new[] { "Gebäudeservice Hoesch-Park GmbH", "Grünpflege Westfalen GmbH", "Logistikzentrum Dortmund-Ost GmbH",
            "Bäckerei Kortmann GmbH & Co. KG", "Dortmunder Stadtteildienste gGmbH", "Pflegedienst Hörde GmbH", "Kaufhaus Westenhellweg GmbH",
            "Hausmeisterservice Nordstadt e.K.", "Gastro-Service Phoenix-See GmbH" };
        var refunds = placedEmployment.Where(x => x.Sustained == false && x.Date < Dates.D(2019, 3, 1)).Take(3).ToHashSet();
        foreach (var x in placedEmployment)
        {
            var employer = Pick.One(r, employers);
            var paid = Dates.Min(End, Dates.Weekday(x.Date.AddDays(r.Next(21, 50))));
            p.Add(V, paid, "PRAEMIE", 3000m, employer, $"Einstellungsprämie {x.PersonId}, Einstellung vom {x.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}");
            if (refunds.Contains(x))
            {
                p.Add(V, Dates.Weekday(paid.AddDays(r.Next(100, 140))), "PRAEMIE", -3000m, employer,
                    $"Rückforderung Einstellungsprämie {x.PersonId} (Arbeitsverhältnis in der Probezeit beendet)");
            }
        }

        string[] providers = ["Bildungswerk Westfalen GmbH", "Werkhof Nordstadt e.V.", "Dortmunder Qualifizierungsverbund gGmbH"];
        var quarters = Dates.Months(Dates.D(2017, 10, 1), End).Where(m => m.Month % 3 == 1).ToList();
        p.Book(V, "COACH", Pick.Spend(r, 860_000m, 1.034m), quarters.SelectMany(q => providers.Select(pr =>
            new Planned(Dates.Weekday(q.AddMonths(3).AddDays(r.Next(-20, -5))), Pick.ActiveOn(p.Persons, q.AddDays(45)) * (0.8 + r.NextDouble() * 0.4), pr,
                $"Coaching und Qualifizierung Q{(q.Month + 2) / 3}/{q.Year}, Rechnung {pr[..3].ToUpperInvariant()}-{q.Year}-{q.Month:00}"))).ToList());

        var sach = months.Select(m => new Planned(Dates.Weekday(m.AddDays(2)), 1.0, "Immobilienverwaltung Westfalendamm GmbH",
            $"Miete Büro Service Center {Dates.MonthLabel(m)}")).ToList();
        sach.Add(new Planned(Dates.D(2017, 8, 22), 9.5, "Ruhr IT-Systemhaus GmbH", "IT-Erstausstattung Service Center (12 Arbeitsplätze)"));
        sach.AddRange(quarters.Select(q => new Planned(Dates.Weekday(q.AddDays(9)), 0.6, "Ruhr IT-Systemhaus GmbH", $"Lizenzen und Support Q{(q.Month + 2) / 3}/{q.Year}")));
        sach.Add(new Planned(Dates.D(2017, 11, 14), 1.4, "Druckerei Borsigplatz GmbH", "Flyer und Plakate „Service Center lokale Arbeit“"));
        sach.Add(new Planned(Dates.D(2018, 9, 6), 0.9, "Druckerei Borsigplatz GmbH", "Broschüre für Arbeitgeber, 2.000 Stück"));
        p.Book(V, "SACH", Pick.Spend(r, 250_000m, 0.951m), sach.OrderBy(x => x.Date).ToList());
    }
}

// ================================================================ 2. Soziale Teilhabe NRW flanking (international style, UTF-8 BOM)
static class SozialeTeilhabe
{
    static readonly DateOnly Start = Dates.D(2017, 1, 1), End = Dates.D(2018, 12, 31), AsOf = Dates.D(2019, 3, 31);
    const decimal LandPerPlaceAndYear = 3_600m;

    /// <summary>One jobcenter. Cells: persons per gender and age band 25–34 / 35–54 / 55+ (small cells on purpose).</summary>
    sealed record Jobcenter(string Code, string Prefix, string Name, string Region, int Places, string Provider,
        int[] Women, int[] Men, int Diverse, int UnknownBirthYear, int Target, int Placed, decimal CoachShare, decimal ParticipantExpenseShare);

    static readonly Jobcenter[] Jobcenters =
    [
        new("ST-UN", "UN", "Jobcenter Kreis Unna", "Kreis Unna", 120, "Werkstatt im Kreis Unna gGmbH", [6, 38, 15], [8, 50, 21], 0, 0, 12, 14, 0.97m, 0.94m),
        new("ST-GE", "GE", "Integrationscenter für Arbeit Gelsenkirchen", "Gelsenkirchen", 80, "Neue Arbeit Emscher gGmbH", [2, 26, 12], [5, 34, 13], 0, 0, 8, 6, 0.90m, 1.26m),
        new("ST-DU", "DU", "Jobcenter Duisburg", "Duisburg", 100, "Duisburger Werkstatt für Arbeit gGmbH", [5, 32, 12], [7, 41, 17], 0, 1, 10, 8, 0.96m, 0.91m),
        new("ST-HA", "HA", "Jobcenter Hagen", "Hagen", 40, "Hagener Beschäftigungsinitiative e.V.", [1, 17, 2], [2, 17, 7], 0, 0, 4, 3, 0.98m, 0.97m),
        new("ST-K", "KOE", "Jobcenter Köln", "Köln", 110, "Kölner Arbeit und Qualifizierung gGmbH", [5, 36, 14], [7, 46, 18], 1, 0, 11, 11, 0.97m, 0.95m),
    ];

    static readonly string[] Sectors = ["Garten- und Landschaftspflege", "Hausmeisterdienste", "Pflegehilfe", "Lager und Logistik",
        "Gebäudereinigung", "Gastronomie", "Einzelhandel"];

    public static void Write(string folder)
    {
        var r = new Random(20170101);
        var projects = Jobcenters.Select(jc => Make(r, jc)).ToList();
        var s = new Style
        {
            Delimiter = ',', Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), NewLine = "\r\n",
            Money = a => a.ToString("0.00", CultureInfo.InvariantCulture), Date = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Flag = b => b switch { true => "true", false => "false", null => "" }, Value = v => v == "other_kind" ? "other" : v,
            Header = (en, _, _) => en,
        };
        s.WriteFile(folder, "programs.csv", Files.Programs,
            [["ST-NRW", "Landesflankierung Soziale Teilhabe am Arbeitsmarkt NRW", "Land", "Förderaufruf MAIS NRW 2016, §§ 23, 44 LHO NRW"]]);
        s.WriteFile(folder, "projects.csv",
            [("project_id", ""), ("program_id", ""), ("name", ""), ("recipient", ""), ("region", ""), ("start_date", ""), ("end_date", ""),
             ("grant_amount", ""), ("own_funds", ""), ("third_party_funds", ""), ("target_placements", ""), ("places", ""), ("target_kinds", "")],
            Jobcenters.Select(jc => new string?[]
            {
                jc.Code, "ST-NRW", $"Flankierung Soziale Teilhabe – {jc.Region}", jc.Name, jc.Region, s.Date(Start), s.Date(End),
                s.Money(Grant(jc)), s.Money(OwnFunds(jc)), s.Money(0m), jc.Target.ToString(CultureInfo.InvariantCulture),
                jc.Places.ToString(CultureInfo.InvariantCulture), "employment;self_employment",
            }));
        Files.WriteProjectData(s, folder, projects);
    }

    static decimal Grant(Jobcenter jc) => jc.Places * 2 * LandPerPlaceAndYear;
    static decimal OwnFunds(Jobcenter jc) => Grant(jc) / 9m; // municipal share: 10 % of the total budget
    static decimal Total(Jobcenter jc) => Grant(jc) + OwnFunds(jc);

    static ProjectData Make(Random r, Jobcenter jc)
    {
        var p = new ProjectData(jc.Code);
        var total = Total(jc);
        decimal coach = Math.Round(total * 0.45m, 2), guide = Math.Round(total * 0.35m, 2), assist = Math.Round(total * 0.12m, 2);
        p.Lines.AddRange(
        [
            new("COACH", "Coaching", coach), new("ANL", "Anleitung", guide), new("PASS", "Projektassistenz", assist),
            new("TNA", "Teilnehmerbezogene Ausgaben", total - coach - guide - assist),
        ]);
        MakePersons(r, jc, p);
        MakePlacements(r, jc, p);
        MakeExpenses(r, jc, p);
        p.NumberVouchers();
        if (jc.Code == "ST-DU") AdvanceWithOverhang(r, p);
        else p.ReimburseQuarterly(r, Start, Dates.D(2018, 10, 1), Grant(jc) / total, "MA-");
        return p;
    }

    static void MakePersons(Random r, Jobcenter jc, ProjectData p)
    {
        var cells = new List<(string Gender, int MinAge, int MaxAge)>();
        int[][] bands = [[25, 34], [35, 54], [55, 63]];
        for (var b = 0; b < 3; b++)
        {
            cells.AddRange(Enumerable.Repeat(("f", bands[b][0], bands[b][1]), jc.Women[b]));
            cells.AddRange(Enumerable.Repeat(("m", bands[b][0], bands[b][1]), jc.Men[b]));
        }
        cells.AddRange(Enumerable.Repeat(("d", 35, 54), jc.Diverse));
        cells.AddRange(Enumerable.Repeat(("m", 0, 0), jc.UnknownBirthYear)); // age 0 = birth year not known
        Pick.Shuffle(r, cells);
        // The places are filled from January to April 2017 (5 % stay vacant); each early leaver is succeeded by a later entry.
        var initial = jc.Places - (int)Math.Round(jc.Places * 0.05);
        var successors = cells.Count - initial;
        var leaverExits = new List<DateOnly>();
        for (var i = 0; i < cells.Count; i++)
        {
            var entry = i < initial
                ? Dates.WeekdayBetween(r, Dates.D(2017, 1, 2), Dates.D(2017, 4, 28))
                : Dates.Weekday(leaverExits[i - initial].AddDays(r.Next(10, 40)));
            var (gender, min, max) = cells[i];
            var person = new Person($"{jc.Prefix}-{i + 1:0000}", entry, gender, min == 0 ? null : entry.Year - r.Next(min, max + 1),
                true, Pick.Chance(r, 0.04), Pick.Chance(r, 0.1) ? null : Pick.Chance(r, 0.14));
            if (i < successors) // early leaver
            {
                person.Exit = Dates.Weekday(entry.AddDays(r.Next(40, 400)));
                person.Reason = Pick.Chance(r, 0.7) ? "dropout" : "other";
                leaverExits.Add(person.Exit.Value);
            }
            p.Persons.Add(person);
        }
        foreach (var x in p.Persons.Where(x => x.Exit is null))
        {
            (x.Exit, x.Reason) = (End, "other"); // regular end of the federal programme
        }
    }

    static void MakePlacements(Random r, Jobcenter jc, ProjectData p)
    {
        var candidates = p.Persons.Where(x => x.Reason == "other" && x.Exit == End && x.Entry < Dates.D(2018, 3, 1)).ToList();
        Pick.Shuffle(r, candidates);
        var kinds = Enumerable.Repeat("employment", jc.Placed).Concat(["subsidised", "other"]).ToList();
        if (jc.Code == "ST-K") kinds[0] = "self_employment";
        for (var i = 0; i < kinds.Count; i++)
        {
            var x = candidates[i];
            var when = Dates.WeekdayBetween(r, Dates.Max(x.Entry.AddDays(120), Dates.D(2017, 6, 1)), Dates.D(2018, 12, 14));
            (x.Exit, x.Reason) = (when, "placement");
            var sector = kinds[i] switch
            {
                "subsidised" => "Arbeitsgelegenheit mit Mehraufwandsentschädigung",
                "other" => "Praktikum beim Beschäftigungsträger",
                "self_employment" => "Hausmeister- und Gartenservice (selbständig)",
                _ => Pick.One(r, Sectors),
            };
            p.Placements.Add(new Place(x.Id, when, kinds[i], sector, when.AddMonths(6) <= AsOf ? Pick.Chance(r, 0.7) : null));
        }
    }

    static void MakeExpenses(Random r, Jobcenter jc, ProjectData p)
    {
        var v = jc.Prefix;
        var months = Dates.Months(Start, End).ToList();
        double Active(DateOnly m) => Math.Max(1, Pick.ActiveOn(p.Persons, m.AddDays(14)));
        var lines = p.Lines.ToDictionary(l => l.Code, l => l.Approved);
        p.Book(v, "COACH", Pick.Spend(r, lines["COACH"], jc.CoachShare), months.Select(m => new Planned(Dates.Weekday(m.AddMonths(1).AddDays(9)),
            Active(m) * (0.95 + r.NextDouble() * 0.1), jc.Provider, $"Coaching {Dates.MonthLabel(m)}, {Pick.ActiveOn(p.Persons, m.AddDays(14))} Teilnehmende"))
            .Where(x => x.Date <= End).ToList());
        p.Book(v, "ANL", Pick.Spend(r, lines["ANL"], (decimal)(0.975 + r.NextDouble() * 0.02)), months.Select(m => new Planned(Dates.Weekday(m.AddDays(27)),
            m < Dates.D(2017, 3, 1) ? 0.6 : 1.0, jc.Provider, $"Fachliche Anleitung {Dates.MonthLabel(m)}, Personalkosten Anleiter/innen")).ToList());
        p.Book(v, "PASS", Pick.Spend(r, lines["PASS"], (decimal)(0.985 + r.NextDouble() * 0.01)), months.Select(m => new Planned(Dates.Weekday(m.AddDays(26)),
            1.0, $"{jc.Name}, Personalabrechnung", $"Personalkosten Projektassistenz {Dates.MonthLabel(m)} (0,5 VZÄ)")).ToList());

        string[] items = ["Arbeitskleidung und Sicherheitsschuhe", "Monatstickets VRR", "Erste-Hilfe-Kurs", "Gesundheitskurs Rückenschule",
            "Gabelstaplerschein", "Hygieneschulung", "Werkzeug für Anleitungsgruppe"];
        string[] shops = ["Berufsbekleidung Ruhr GmbH & Co. KG", "VRR-Verkehrsunternehmen", "DRK-Kreisverband", "Volkshochschule", "Arbeitsschutz Rhein-Ruhr GmbH"];
        var tna = Enumerable.Range(0, 22).Select(_ =>
        {
            var k = r.Next(items.Length);
            return new Planned(Dates.WeekdayBetween(r, Dates.D(2017, 2, 1), Dates.D(2018, 12, 14)), 0.4 + r.NextDouble(), shops[Math.Min(k, shops.Length - 1)], items[k]);
        }).OrderBy(x => x.Date).ToList();
        p.Book(v, "TNA", Pick.Spend(r, lines["TNA"], jc.ParticipantExpenseShare), tna);
    }

    /// <summary>Duisburg asks for money in advance each quarter, and in Q2/2018 for the rest of the year at once: an overhang.</summary>
    static void AdvanceWithOverhang(Random r, ProjectData p)
    {
        var share = Grant(Jobcenters[2]) / Total(Jobcenters[2]);
        var n = 0;
        for (var q = Start; q <= Dates.D(2018, 4, 1); q = q.AddMonths(3))
        {
            var to = q == Dates.D(2018, 4, 1) ? End : q.AddMonths(3).AddDays(-1);
            var amount = Math.Floor(p.SpentBetween(q, to) * share / 100m) * 100m;
            var requested = Dates.Weekday(q.AddDays(r.Next(2, 7)));
            p.Disbursements.Add(new Disbursement($"MA-{++n:00}", requested, Dates.Weekday(requested.AddDays(r.Next(8, 14))), amount));
        }
    }
}

// ================================================================ 3. Offenbach "Pro Arbeit" style (UTF-8 without BOM, ';', mixed headers)
static class Offenbach
{
    static readonly DateOnly Start = Dates.D(2018, 1, 1), End = Dates.D(2020, 12, 31), AsOf = Dates.D(2021, 1, 31);
    const string Pid = "OF-PC-2018";
    static readonly string[] Sectors = ["Logistik", "Einzelhandel", "Gastronomie", "Pflege", "Gebäudereinigung", "Flughafen Bodendienste",
        "Metallverarbeitung", "Büro und Verwaltung"];

    public static void Write(string folder)
    {
        var r = new Random(20180101);
        var p = new ProjectData(Pid);
        p.Lines.AddRange(
        [
            new("PERS", "Personalkosten Coaches", 468_000m), new("EXT", "Externe Coachingleistungen", 150_000m),
            new("MIETE", "Miete und Nebenkosten", 72_000m), new("IT", "IT und Ausstattung", 30_000m),
            new("TN", "Teilnehmerbezogene Kosten", 60_000m),
        ]);
        MakePersonsAndPlacements(r, p);
        MakeExpenses(r, p);
        p.NumberVouchers();
        p.ReimburseQuarterly(r, Start, Dates.D(2020, 7, 1), 1m, "PA-"); // Q4/2020 is settled with the final statement

        var s = new Style
        {
            Delimiter = ';', Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLine = "\n",
            Money = a => Style.GermanMoney(a, thousands: false), Date = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Flag = b => b switch { true => "ja", false => "nein", null => "" },
            SustainedFlag = b => b switch { true => "true", false => "false", null => "" },
            Value = v => v == "other_kind" ? "other" : v,
            // mixed headers: German alias on even columns, English name spelt with spaces ("Participant id") on odd ones
            Header = (en, de, i) => i % 2 == 0 ? de : char.ToUpperInvariant(en[0]) + en[1..].Replace('_', ' '),
        };
        s.WriteFile(folder, "programs.csv", Files.Programs,
            [["PA-KOM", "Kommunale Eingliederungsleistungen Kreis Offenbach", "Kommune", "§ 16a SGB II; § 6a SGB II (zugelassener kommunaler Träger)"]]);
        s.WriteFile(folder, "projects.csv",
            [("project_id", "Projekt-ID"), ("program_id", "Programm-ID"), ("name", "Projektname"), ("recipient", "Zuwendungsempfänger"),
             ("region", "Region"), ("start_date", "Beginn"), ("end_date", "Ende"), ("grant_amount", "Zuwendung"),
             ("target_placements", "Zielwert Vermittlungen"), ("places", "Plätze"), ("target_kinds", "Zielarten")],
            [[Pid, "PA-KOM", "PerspektivCoaching Langzeitarbeitslose 2018–2020", "Pro Arbeit – Kreis Offenbach – (AöR) Kommunales Jobcenter",
              "Kreis Offenbach", s.Date(Start), s.Date(End), s.Money(780_000m), "60", "35", ""]]);
        Files.WriteProjectData(s, folder, [p]);
    }

    static void MakePersonsAndPlacements(Random r, ProjectData p)
    {
        var ids = Enumerable.Range(1, 150).Select(i => $"OF-{i:0000}").ToList();
        Pick.Shuffle(r, ids);
        for (var i = 0; i < ids.Count; i++)
        {
            var entry = Dates.WeekdayBetween(r, Dates.D(2018, 2, 1), Dates.D(2020, 6, 30));
            var gender = i == 17 ? "d" : Pick.Chance(r, 0.45) ? "f" : "m";
            int? birth = i == 42 ? null : entry.Year - r.Next(25, 61);
            p.Persons.Add(new Person(ids[i], entry, gender, birth, !Pick.Chance(r, 0.05), Pick.Chance(r, 0.2),
                Pick.Chance(r, 0.08) ? null : Pick.Chance(r, 0.07)));
        }
        // Outcomes by position (persons are in random order): 61 target persons, 8 non-target-only placements, 81 others.
        var persons = p.Persons;
        string[] outcome = [.. Enumerable.Repeat("employment", 53), .. Enumerable.Repeat("apprenticeship", 7), "subsidised+employment",
            .. Enumerable.Repeat("self_employment", 3), .. Enumerable.Repeat("subsidised", 3), .. Enumerable.Repeat("other", 2)];
        for (var i = 0; i < outcome.Length; i++)
        {
            var x = persons[i];
            var when = Dates.Min(Dates.D(2020, 12, 18), Dates.Weekday(x.Entry.AddDays(r.Next(60, 330))));
            if (outcome[i] == "subsidised+employment")
            {
                Add(r, p, x, when, "subsidised", "Arbeitsgelegenheit Stadtteilwerkstatt");
                when = Dates.Min(Dates.D(2020, 12, 18), Dates.Weekday(when.AddDays(r.Next(90, 150))));
                Add(r, p, x, when, "employment", Pick.One(r, Sectors));
            }
            else
            {
                Add(r, p, x, when, outcome[i], outcome[i] switch
                {
                    "apprenticeship" => Pick.One(r, ["Ausbildung Fachlagerist/in", "Ausbildung Pflegehelfer/in", "Ausbildung Verkäufer/in"]),
                    "self_employment" => Pick.One(r, ["Kurierdienst (selbständig)", "Reinigungsservice (selbständig)"]),
                    "subsidised" => "Eingliederungszuschuss § 16e SGB II",
                    "other" => "Betriebliches Praktikum",
                    _ => Pick.One(r, Sectors),
                });
                if (i == 0) // placed twice: the job ended in probation, a second job followed (counts once)
                {
                    Add(r, p, x, Dates.Min(Dates.D(2020, 12, 18), Dates.Weekday(when.AddDays(r.Next(70, 120)))), "employment", Pick.One(r, Sectors), firstFailed: true);
                }
            }
            (x.Exit, x.Reason) = (when, "placement");
        }
        for (var i = outcome.Length; i < persons.Count; i++)
        {
            var x = persons[i];
            var k = i - outcome.Length;
            (x.Reason, x.Exit) = k switch
            {
                < 15 => ("training", Dates.Weekday(x.Entry.AddDays(r.Next(40, 200)))),
                < 45 => ("dropout", Dates.Weekday(x.Entry.AddDays(r.Next(14, 240)))),
                < 69 => ("other", Dates.Weekday(x.Entry.AddDays(r.Next(120, 400)))),
                _ => ((string?)null, (DateOnly?)null), // still in the project, exit not yet recorded
            };
            if (x.Exit > End) x.Exit = End;
        }
    }

    static void Add(Random r, ProjectData p, Person x, DateOnly when, string kind, string sector, bool firstFailed = false)
    {
        if (firstFailed) // the earlier placement of this person did not last
        {
            var first = p.Placements.Single(pl => pl.PersonId == x.Id);
            p.Placements[p.Placements.IndexOf(first)] = first with { Sustained = first.Date.AddMonths(6) <= AsOf ? false : null };
        }
        p.Placements.Add(new Place(x.Id, when, kind, sector, when.AddMonths(6) <= AsOf ? Pick.Chance(r, 0.72) : null));
    }

    static void MakeExpenses(Random r, ProjectData p)
    {
        const string V = "OF";
        var months = Dates.Months(Start, End).ToList();
        p.Book(V, "PERS", Pick.Spend(r, 468_000m, 0.975m), months.Select(m => new Planned(Dates.Weekday(m.AddDays(27)),
            m < Dates.D(2018, 3, 1) ? 0.5 : 1.0, "Pro Arbeit Kreis Offenbach, Personalabrechnung", $"Personalkosten Coaches {Dates.MonthLabel(m)} (3,5 VZÄ)")).ToList());
        string[] coaches = ["Bildungsakademie Offenbach e.V.", "Coaching-Netzwerk Rhein-Main GmbH", "Qualifizierungswerk Rodgau gGmbH, Standort Dietzenbach"];
        p.Book(V, "EXT", Pick.Spend(r, 150_000m, 0.948m), months.Where(m => m.Month % 3 == 0).SelectMany(m => coaches.Select(c =>
            new Planned(Dates.Weekday(m.AddDays(r.Next(8, 25))), 0.7 + r.NextDouble() * 0.6, c, $"Einzelcoaching Q{m.Month / 3}/{m.Year}; Rechnung vom {Dates.MonthLabel(m)}"))).ToList());

        // Hand-made vouchers that exercise quoting, refunds and formula-looking text.
        p.Add(V, Dates.D(2018, 3, 12), "IT", 2346.10m, "Müller & Söhne GmbH", "Lieferung Bürostühle und Rollcontainer; Rechnung 2018-114");
        p.Add(V, Dates.D(2018, 4, 20), "IT", -480.00m, "Müller & Söhne GmbH", "Gutschrift Reklamation Bürostühle; zu Rechnung 2018-114");
        p.Add(V, Dates.D(2019, 2, 14), "MIETE", 612.38m, "Kreisstadt Dietzenbach, Liegenschaften", "=Korrektur Nebenkosten lt. Buchungsanordnung 17/2019");
        p.Add(V, Dates.D(2019, 5, 28), "TN", 312.50m, "RMV Rhein-Main-Verkehrsverbund GmbH", "Fahrtkosten Teilnehmende 05/2019");
        p.Add(V, Dates.D(2019, 5, 29), "TN", 312.50m, "RMV Rhein-Main-Verkehrsverbund GmbH", "Fahrtkosten Teilnehmende 05/2019");
        p.Add(V, Dates.D(2019, 6, 11), "TN", -312.50m, "RMV Rhein-Main-Verkehrsverbund GmbH", "-Storno Doppelbuchung Fahrtkosten 05/2019");
        p.Add(V, Dates.D(2019, 9, 3), "TN", -95.00m, "Teilnehmende (Sammelbuchung)", "Rückzahlung Fahrtkostenerstattung, Maßnahme abgebrochen");
        p.Add(V, Dates.D(2019, 10, 17), "TN", 1180.00m, "Medienwerkstatt Offenbach e.V.", "Workshop \"Bewerbung digital\" für 12 Teilnehmende");

        decimal Fixed(string c) => p.Expenses.Where(e => e.Category == c).Sum(e => e.Amount);
        p.Book(V, "MIETE", Pick.Spend(r, 72_000m, 0.993m) - Fixed("MIETE"), months.Select(m => new Planned(Dates.Weekday(m.AddDays(2)), 1.0,
            "Kreisstadt Dietzenbach, Liegenschaften", $"Miete Beratungsbüro Dietzenbach {Dates.MonthLabel(m)}")).ToList());
        var it = new List<Planned> { new(Dates.D(2018, 1, 23), 6, "Rhein-Main IT-Service GmbH", "Notebooks und Drucker für 4 Arbeitsplätze") };
        it.AddRange(months.Where(m => m.Month % 3 == 1).Select(m => new Planned(Dates.Weekday(m.AddDays(14)), 0.9, "Rhein-Main IT-Service GmbH",
            $"Softwarelizenzen und Wartung Q{(m.Month + 2) / 3}/{m.Year}")));
        it.Add(new(Dates.D(2019, 11, 5), 1.5, "Müller & Söhne GmbH", "Ersatzbeschaffung Monitore"));
        p.Book(V, "IT", Pick.Spend(r, 30_000m, 1.07m) - Fixed("IT"), it.OrderBy(x => x.Date).ToList());
        string[] items = ["Fahrtkosten Teilnehmende", "Bewerbungsfotos", "Kinderbetreuung während Coaching", "Arbeitskleidung Probearbeit", "Sprachkurs Berufsdeutsch"];
        p.Book(V, "TN", Pick.Spend(r, 60_000m, 0.88m) - Fixed("TN"), months.Where(m => m >= Dates.D(2018, 2, 1)).Select(m =>
        {
            var item = Pick.One(r, items);
            return new Planned(Dates.WeekdayBetween(r, m, m.AddMonths(1).AddDays(-1)), 0.5 + r.NextDouble(), "diverse Zahlungsempfänger (Sammelbeleg)",
                $"{item} {Dates.MonthLabel(m)}");
        }).ToList());
    }
}
