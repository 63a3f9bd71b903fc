using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Domain;

namespace Reporting.Core.Import;

/// <summary>Parses one trimmed, non-empty cell into a domain value, or a message from <see cref="ImportMessages"/>.</summary>
public static partial class CellParsers
{
    /// <summary>
    /// A decimal number. In a <c>;</c> file the decimal separator is <c>,</c>, a <c>.</c> followed by groups of
    /// exactly three digits (<c>1.500</c>, <c>5.800.000,00</c>) separates thousands, and a <c>.</c> before other digits
    /// (<c>5800000.00</c>) is a decimal point. In a <c>,</c> file only <c>.</c> is a decimal point and there is no
    /// thousands separator. A leading <c>-</c> or <c>+</c> is allowed.
    /// </summary>
    public static ParseResult<decimal> Decimal(string text, char delimiter)
    {
        var s = text.Trim();
        var body = s.Length > 0 && s[0] is '-' or '+' ? s[1..] : s;
        var negative = s.StartsWith('-');
        string? invariant = null;
        if (delimiter == ',')
        {
            if (PointNumber().IsMatch(body))
            {
                invariant = body;
            }
        }
        else if (GroupedComma().Match(body) is { Success: true } g)
        {
            invariant = g.Groups["int"].Value.Replace(".", "", StringComparison.Ordinal)
                + (g.Groups["frac"].Success ? "." + g.Groups["frac"].Value : "");
        }
        else if (Grouped().IsMatch(body))
        {
            invariant = body.Replace(".", "", StringComparison.Ordinal);
        }
        else if (PointNumber().IsMatch(body))
        {
            invariant = body;
        }
        if (invariant is null
            || !decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return ParseResult<decimal>.Fail(ImportMessages.NotANumber(text));
        }
        return ParseResult<decimal>.Ok(negative ? -value : value);
    }

    /// <summary>The largest amount accepted either way, in euros.</summary>
    public const decimal MaxAmount = 1_000_000_000.00m;

    /// <summary>The first and last date accepted.</summary>
    public static readonly DateOnly FirstDate = new(1990, 1, 1), LastDate = new(2100, 12, 31);

    /// <summary>An amount with at most two decimals (more is an error, never rounded) within ±<see cref="MaxAmount"/>.</summary>
    public static ParseResult<Money> Money(string text, char delimiter)
    {
        var d = Decimal(text, delimiter);
        if (!d.Success)
        {
            return ParseResult<Money>.Fail(d.Error);
        }
        if (Math.Abs(d.Value) > MaxAmount)
        {
            return ParseResult<Money>.Fail(ImportMessages.AmountOutOfRange(text));
        }
        return d.Value.Scale > 2
            ? ParseResult<Money>.Fail(ImportMessages.TooManyDecimals(text))
            : ParseResult<Money>.Ok(Domain.Money.Euros(d.Value));
    }

    /// <summary>A whole number, in the same formats as <see cref="Decimal"/> (so <c>1.500</c> is 1500 in a <c>;</c> file).</summary>
    public static ParseResult<int> Integer(string text, char delimiter)
    {
        var d = Decimal(text, delimiter);
        if (!d.Success)
        {
            return ParseResult<int>.Fail(d.Error);
        }
        return d.Value != decimal.Truncate(d.Value) || d.Value is > int.MaxValue or < int.MinValue
            ? ParseResult<int>.Fail(ImportMessages.NotAWholeNumber(text))
            : ParseResult<int>.Ok((int)d.Value);
    }

    /// <summary><c>2018-07-31</c>, <c>31.07.2018</c> or <c>1.7.2018</c>, from <see cref="FirstDate"/> to <see cref="LastDate"/>.</summary>
    public static ParseResult<DateOnly> Date(string text)
    {
        var s = text.Trim();
        string[] formats = ["yyyy-MM-dd", "d.M.yyyy"];
        if (!DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return ParseResult<DateOnly>.Fail(ImportMessages.NotADate(text));
        }
        return d < FirstDate || d > LastDate ? ParseResult<DateOnly>.Fail(ImportMessages.DateOutOfRange(text)) : ParseResult<DateOnly>.Ok(d);
    }

    /// <summary>true/false, yes/no, ja/nein, j/n, y/n, 1/0, wahr/falsch, and x for true (case-insensitive).</summary>
    public static ParseResult<bool> Boolean(string text) => Key(text) switch
    {
        "true" or "yes" or "y" or "ja" or "j" or "1" or "x" or "wahr" => ParseResult<bool>.Ok(true),
        "false" or "no" or "n" or "nein" or "0" or "falsch" => ParseResult<bool>.Ok(false),
        _ => ParseResult<bool>.Fail(ImportMessages.NotABoolean(text)),
    };

    /// <summary>placement/Vermittlung, training/Qualifizierung, dropout/Abbruch, other/Sonstiges (also Sonstige).</summary>
    public static ParseResult<ExitReason> ExitReason(string text) => Key(text) switch
    {
        "placement" or "vermittlung" => ParseResult<ExitReason>.Ok(Domain.ExitReason.Placement),
        "training" or "qualifizierung" => ParseResult<ExitReason>.Ok(Domain.ExitReason.Training),
        "dropout" or "abbruch" => ParseResult<ExitReason>.Ok(Domain.ExitReason.Dropout),
        "other" or "sonstiges" or "sonstige" => ParseResult<ExitReason>.Ok(Domain.ExitReason.Other),
        _ => ParseResult<ExitReason>.Fail(ImportMessages.NotAnExitReason(text)),
    };

    /// <summary>f/w/weiblich/female, m/männlich/male, d/divers/diverse, x (case-insensitive).</summary>
    public static ParseResult<Gender> Gender(string text) => Key(text) switch
    {
        "f" or "w" or "weiblich" or "female" => ParseResult<Gender>.Ok(Domain.Gender.Female),
        "m" or "männlich" or "maennlich" or "male" => ParseResult<Gender>.Ok(Domain.Gender.Male),
        "d" or "divers" or "diverse" => ParseResult<Gender>.Ok(Domain.Gender.Diverse),
        "x" => ParseResult<Gender>.Ok(Domain.Gender.X),
        _ => ParseResult<Gender>.Fail(ImportMessages.NotAGender(text)),
    };

    /// <summary>
    /// employment (svB, sozialversicherungspflichtig, sozialversicherungspflichtige Beschäftigung, Beschäftigung),
    /// apprenticeship (Ausbildung), self_employment (Selbständigkeit, Selbstständigkeit),
    /// subsidised (subsidized, geförderte Beschäftigung, gefördert), other (Sonstige, Sonstiges); case-insensitive,
    /// ignoring spaces, <c>_</c> and <c>-</c>.
    /// </summary>
    public static ParseResult<PlacementKind> PlacementKind(string text) => Key(text) switch
    {
        "employment" or "svb" or "sozialversicherungspflichtig" or "sozialversicherungspflichtigebeschäftigung"
            or "beschäftigung" => ParseResult<PlacementKind>.Ok(Domain.PlacementKind.Employment),
        "apprenticeship" or "ausbildung" => ParseResult<PlacementKind>.Ok(Domain.PlacementKind.Apprenticeship),
        "selfemployment" or "selbständigkeit" or "selbstständigkeit" =>
            ParseResult<PlacementKind>.Ok(Domain.PlacementKind.SelfEmployment),
        "subsidised" or "subsidized" or "gefördertebeschäftigung" or "gefördert" =>
            ParseResult<PlacementKind>.Ok(Domain.PlacementKind.Subsidised),
        "other" or "sonstige" or "sonstiges" => ParseResult<PlacementKind>.Ok(Domain.PlacementKind.Other),
        _ => ParseResult<PlacementKind>.Fail(ImportMessages.NotAPlacementKind(text)),
    };

    /// <summary>Placement kinds separated by <c>;</c> or <c>,</c>, e.g. <c>employment;apprenticeship</c>.</summary>
    public static ParseResult<IReadOnlySet<PlacementKind>> PlacementKinds(string text)
    {
        var kinds = new HashSet<PlacementKind>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kind = PlacementKind(part);
            if (!kind.Success)
            {
                return ParseResult<IReadOnlySet<PlacementKind>>.Fail(kind.Error);
            }
            kinds.Add(kind.Value);
        }
        return kinds.Count == 0
            ? ParseResult<IReadOnlySet<PlacementKind>>.Ok(Project.DefaultTargetKinds)
            : ParseResult<IReadOnlySet<PlacementKind>>.Ok(kinds);
    }

    private static string Key(string text) => ColumnSpec.Normalize(text.Trim());

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedComma();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointNumber();
}
