using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Forms.Builders;

/// <summary>German wording of codes on forms. Files and JSON keep the English codes.</summary>
internal static partial class GermanLabels
{
    public static string Of(TargetStatus? status) => status switch
    {
        TargetStatus.OnTrack => "im Plan",
        TargetStatus.AtRisk => "gefährdet",
        TargetStatus.OffTrack => "nicht im Plan",
        TargetStatus.Met => "erreicht",
        TargetStatus.Missed => "verfehlt",
        _ => "kein Zielwert",
    };

    public static string Of(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Open => "offen",
        DeadlineStatus.DueSoon => "fällig in ≤ 30 Tagen",
        DeadlineStatus.Overdue => "überfällig",
        DeadlineStatus.Submitted => "eingereicht",
        _ => status.ToString(),
    };

    /// <summary>The status with the day a submitted report was handed in: <c>eingereicht am 12.05.2019 (verspätet)</c>.</summary>
    public static string StatusOf(Figures.ReportingDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.SubmittedOn is { } on
            ? $"eingereicht am {Text.GermanFormat.Date(on)}{(deadline.SubmittedLate == true ? " (verspätet)" : " (fristgerecht)")}"
            : Of(deadline.Status);
    }

    public static string Of(DeadlineKind kind, int? budgetYear) => kind == DeadlineKind.Final
        ? "Verwendungsnachweis"
        : budgetYear is { } y ? $"Zwischennachweis {y}" : "Zwischennachweis";

    public static string Of(PlacementKind kind) => kind switch
    {
        PlacementKind.Employment => "sozialversicherungspflichtige Beschäftigung",
        PlacementKind.Apprenticeship => "Ausbildung",
        PlacementKind.SelfEmployment => "Selbständigkeit",
        PlacementKind.Subsidised => "geförderte Beschäftigung",
        PlacementKind.Other => "Sonstige",
        _ => kind.ToString(),
    };

    public static string ExitReason(string code) => code switch
    {
        "placement" => "Vermittlung",
        "training" => "Qualifizierung",
        "dropout" => "Abbruch",
        "other" => "Sonstiges",
        "unknown" => "ohne Angabe",
        _ => code,
    };

    public static string Dimension(string name) => name switch
    {
        "gender" => "Geschlecht",
        "age_group" => "Altersgruppe bei Eintritt",
        "long_term_unemployed" => "langzeitarbeitslos",
        "refugee" => "geflüchtet",
        "severely_disabled" => "schwerbehindert",
        _ => name,
    };

    public static string BreakdownValue(string dimension, string key) => (dimension, key) switch
    {
        ("gender", "f") => "weiblich",
        ("gender", "m") => "männlich",
        ("gender", "d") => "divers",
        ("gender", "x") => "ohne Eintrag (x)",
        ("age_group", "under_25") => "unter 25",
        ("age_group", "25_54") => "25 bis 54",
        ("age_group", "55_plus") => "55 und älter",
        (_, "yes") => "ja",
        (_, "no") => "nein",
        (_, "unknown") => "unbekannt",
        _ => key,
    };

    public static string IncomeSource(string source) => source switch
    {
        "grant" => "Zuwendung",
        "own_funds" => "Eigenmittel",
        "third_party_funds" => "Drittmittel",
        _ => source,
    };
}
