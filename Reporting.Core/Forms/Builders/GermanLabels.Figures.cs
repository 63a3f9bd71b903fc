using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Core.Forms.Builders;

internal static partial class GermanLabels
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> FormFieldLabels = new(() =>
        QuarterlyReport.Catalog.Fields.Concat(ProofOfUseReport.Catalog.Fields)
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal));

    /// <summary>The section of a figure listing (<c>figures --format table</c>) in German: <c>participants</c> →
    /// "Teilnehmende", <c>breakdown_gender</c> → "Merkmal Geschlecht".</summary>
    public static string FigureSection(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section switch
        {
            "project" => "Projekt",
            "participants" => "Teilnehmende",
            "placements" => "Vermittlungen",
            "funding" => "Finanzen",
            "cost_category" => "Kostenart",
            "deadlines" => "Fristen",
            _ when section.StartsWith("breakdown_", StringComparison.Ordinal) => "Merkmal " + Dimension(section["breakdown_".Length..]),
            _ => section,
        };
    }

    /// <summary>A figure's German label, as the Quartalsbericht and the proof of use print it.</summary>
    public static string Figure(string section, string figure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(figure);
        return (section, figure) switch
        {
            ("participants", "exits_by_reason") => "Austritte nach Grund",
            ("placements", "placements_by_kind") => "Vermittlungen nach Art im Berichtszeitraum",
            ("placements", "placements_cumulative_by_kind") => "Vermittlungen nach Art kumuliert",
            ("cost_category", "approved_amount") => "bewilligt",
            ("cost_category", "spent") => "Ausgaben im Berichtszeitraum",
            ("cost_category", "spent_cumulative") => "Ausgaben kumuliert",
            ("cost_category", "category_overrun") => "Überschreitung",
            ("cost_category", "category_overrun_beyond_tolerance") => "um mehr als 20 % überschritten",
            ("deadlines", "due") => "fällig am",
            ("deadlines", "status") => "Fristenstatus",
            (_, "entries") when section.StartsWith("breakdown_", StringComparison.Ordinal) => "Eintritte",
            (_, "active_at_end") when section.StartsWith("breakdown_", StringComparison.Ordinal) => "am Stichtag",
            (_, "placements") when section.StartsWith("breakdown_", StringComparison.Ordinal) => "Vermittlungen",
            ("project", "period") => "Berichtszeitraum",
            ("project", "from") => "Berichtszeitraum von",
            ("project", "to") => "Berichtszeitraum bis (Stichtag)",
            _ => FormFieldLabels.Value.TryGetValue(figure, out var label) ? label : figure,
        };
    }

    /// <summary>The key of a figure row in German (an exit reason, a placement kind, a breakdown value, a deadline);
    /// cost categories are the project's own codes and stay.</summary>
    public static string FigureKey(string section, string figure, string key)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return key;
        }

        if (section.StartsWith("breakdown_", StringComparison.Ordinal))
        {
            return key == "total" ? "Summe" : BreakdownValue(section["breakdown_".Length..], key);
        }

        return (section, figure) switch
        {
            ("participants", "exits_by_reason") => ExitReason(key),
            ("placements", _) => Enum.GetValues<PlacementKind>().Where(k => k.Code() == key).Select(Of).FirstOrDefault() ?? key,
            ("deadlines", _) => DeadlineKey(key),
            _ => key,
        };
    }

    /// <summary>A code a figure listing shows as a value in German: target and deadline statuses and kinds; anything
    /// else as it is.</summary>
    public static string FigureCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var status = Enum.GetValues<TargetStatus>().Where(s => s.Code() == code).Select(s => (TargetStatus?)s).FirstOrDefault();
        if (status is not null)
        {
            return Of(status);
        }

        var deadline = Enum.GetValues<DeadlineStatus>().Where(s => s.Code() == code).Select(s => (DeadlineStatus?)s).FirstOrDefault();
        if (deadline is { } d)
        {
            return Of(d);
        }

        return code switch
        {
            "interim" => Of(DeadlineKind.Interim, null),
            "final" => Of(DeadlineKind.Final, null),
            _ => code,
        };
    }

    /// <summary><c>interim_2018</c> → "Zwischennachweis 2018", <c>final</c> → "Verwendungsnachweis".</summary>
    private static string DeadlineKey(string key)
    {
        if (key == "final")
        {
            return Of(DeadlineKind.Final, null);
        }

        return key.StartsWith("interim_", StringComparison.Ordinal)
            && int.TryParse(key["interim_".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? Of(DeadlineKind.Interim, year)
            : key;
    }
}
