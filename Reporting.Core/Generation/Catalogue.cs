namespace Reporting.Core.Generation;

/// <summary>A program of the generated data set.</summary>
internal sealed record CatalogueProgram(string Id, string Name, string Funder, string LegalBasis);

/// <summary>
/// A cost category: its code and label, its usual share of a budget (weight), how often it is booked (count weight),
/// and payees and purposes of its vouchers (escaped for the file; the purposes need no quoting since the month is
/// appended to them).
/// </summary>
internal sealed record CostCategory(string Code, string Label, int ShareWeight, int CountWeight, string[] Payees, string[] Purposes);

/// <summary>The fixed names the generator draws from: programs of the four kinds of funder, regions, recipients,
/// project themes, sectors and cost categories. Everything is invented; the shapes follow the samples.</summary>
internal static class Catalogue
{
    public static readonly CatalogueProgram[] Programs =
    [
        new("BP-LZA", "Bundesprogramm Eingliederung Langzeitarbeitsloser", "Bund", "Förderrichtlinie BMAS vom 19.11.2014"),
        new("BP-THA", "Soziale Teilhabe am Arbeitsmarkt", "Bund", "§ 16i SGB II"),
        new("LP-AIA", "Landesprogramm Arbeit in Aussicht", "Land", "§§ 23, 44 LHO, Förderrichtlinie des Landes"),
        new("LP-JIA", "Landesprogramm Jugend in Arbeit", "Land", "§§ 23, 44 LHO"),
        new("ESF-BIWAQ", "ESF BIWAQ – Bildung, Wirtschaft, Arbeit im Quartier", "ESF", "ESF-Förderrichtlinie BIWAQ, Verordnung (EU) Nr. 1304/2013"),
        new("ESF-TEIL", "ESF Teilhabe Langzeitarbeitsloser", "ESF", "ESF-Förderrichtlinie des Landes"),
        new("KP-BESCH", "Kommunales Beschäftigungsprogramm", "Kommune", "Ratsbeschluss vom 14.12.2016"),
        new("KP-QUART", "Kommunale Quartiersarbeit", "Kommune", "Haushaltssatzung, Produkt Soziale Teilhabe"),
    ];

    public static readonly string[] Regions =
    [
        "Dortmund", "Essen", "Bochum", "Duisburg", "Gelsenkirchen", "Herne", "Hagen", "Bielefeld", "Münster", "Köln",
        "Düsseldorf", "Wuppertal", "Aachen", "Kreis Unna", "Kreis Recklinghausen", "Ennepe-Ruhr-Kreis", "Kreis Offenbach",
        "Frankfurt am Main", "Kassel", "Wiesbaden",
    ];

    /// <summary>Recipient patterns; <c>{0}</c> is the region.</summary>
    public static readonly string[] Recipients =
    [
        "Caritasverband {0} e.V.", "AWO Unterbezirk {0}", "Diakonisches Werk {0} gGmbH", "Jobcenter {0}", "Stadt {0}",
        "Werkstatt im Quartier {0} gGmbH", "IN VIA {0} e.V.", "Bildungswerk {0} GmbH", "Beschäftigungsförderung {0} gGmbH",
        "Der Paritätische {0}",
    ];

    public static readonly string[] Themes =
    [
        "Perspektive Arbeit", "Chancen im Quartier", "Neustart", "Brücken in Beschäftigung", "Jobcoaching", "Teilhabe plus",
        "Aktiv in Arbeit", "Zukunft Beruf", "Ankommen und Arbeiten", "Wege in Ausbildung",
    ];

    public static readonly string[] Sectors =
    [
        "Handel", "Lager und Logistik", "Pflege und Betreuung", "Gastronomie", "Gebäudereinigung", "Handwerk",
        "Verwaltung", "Produktion", "Garten- und Landschaftsbau", "Sicherheitsdienst", "Verkehr", "Erziehung",
    ];

    /// <summary>Personnel first: every project has it and Sachausgaben; the others are drawn.</summary>
    public static readonly CostCategory[] Categories =
    [
        new("PERS", "Personalausgaben", 600, 20, [],
            ["Personalausgaben Projektleitung", "Personalausgaben Jobcoaching", "Sozialpädagogische Begleitung", "Personalausgaben Verwaltung"]),
        new("SACH", "Sachausgaben", 80, 30,
            Escaped("Bürobedarf Meyer GmbH", "Telekom Deutschland GmbH", "Druckerei Schmitz; Söhne", "IT-Service Krause", "Kaufhaus am Markt"),
            ["Büromaterial", "Telefon und Internet", "Flyer und Plakate", "Wartung EDV", "Arbeitskleidung"]),
        new("MIETE", "Miete und Raumkosten", 90, 6,
            Escaped("Hausverwaltung Nord GmbH", "Stadtwerke", "Immobilien Westfalendamm GmbH"),
            ["Miete Büro", "Nebenkosten", "Miete Schulungsraum"]),
        new("REISE", "Reisekosten", 30, 18,
            Escaped("Deutsche Bahn AG", "Verkehrsverbund", "Taxi-Zentrale", "Hotel \"Zur Post\""),
            ["Fahrtkosten Teilnehmende", "Dienstreise Fachtagung", "Monatstickets", "Fahrtkosten Hausbesuche"]),
        new("HON", "Honorare", 70, 10,
            Escaped("Dozentin A. Berger", "Coaching Kern und Partner", "Sprachschule Lingua", "Kanzlei Weber; Partner"),
            ["Honorar Bewerbungstraining", "Honorar Sprachkurs", "Honorar Supervision", "Honorar Kompetenzfeststellung"]),
        new("QUAL", "Qualifizierung der Teilnehmenden", 90, 12,
            Escaped("Fahrschule Becker", "Bildungszentrum Handwerk", "Staplerschule Ruhr", "VHS"),
            ["Führerscheinkurs", "Staplerschein", "Hygieneschulung", "Erste-Hilfe-Kurs"]),
        new("VERW", "Verwaltungsausgaben", 50, 4,
            Escaped("Steuerbüro Hansen", "Versicherungskammer", "Bank für Sozialwirtschaft"),
            ["Buchhaltung", "Versicherung", "Kontoführung"]),
    ];

    private static string[] Escaped(params string[] texts) => Array.ConvertAll(texts, CsvRowWriter.Escape);
}
