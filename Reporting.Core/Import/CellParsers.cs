using System.Globalization;
using Reporting.Core.Domain;

namespace Reporting.Core.Import;

/// <summary>Parses one trimmed, non-empty cell into a domain value, or a message from <see cref="ImportMessages"/>.</summary>
internal static class CellParsers
{
    /// <summary>
    /// A decimal number. In a <c>;</c> file the decimal separator is <c>,</c>, a <c>.</c> followed by groups of
    /// exactly three digits (<c>1.500</c>, <c>5.800.000,00</c>) separates thousands, and a <c>.</c> before other digits
    /// (<c>5800000.00</c>) is a decimal point. In a <c>,</c> file only <c>.</c> is a decimal point and there is no
    /// thousands separator. A leading <c>-</c> or <c>+</c> is allowed.
    /// </summary>
    /// <remarks>Checked and converted by hand from the characters (no regular expression, no intermediate string): up to
    /// 18 digits go through a 64-bit integer and the decimal is built with its scale (the count of decimals written,
    /// so <c>1,50</c> has scale 2 as <see cref="decimal.Parse(string)"/> would give it); longer numbers go through
    /// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/> on the digits.</remarks>
    public static ParseResult<decimal> Decimal(string text, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryDecimal(text.AsSpan().Trim(), delimiter, out var value)
            ? ParseResult<decimal>.Ok(value)
            : ParseResult<decimal>.Fail(ImportMessages.NotANumber(text));
    }

    private static bool TryDecimal(ReadOnlySpan<char> s, char delimiter, out decimal value)
    {
        value = 0m;
        var negative = s.Length > 0 && s[0] == '-';
        var body = s.Length > 0 && s[0] is '-' or '+' ? s[1..] : s;
        if (body.Length == 0)
        {
            return false;
        }
        // Find the integer part, the decimal separator and the fraction, checking the shape as docs/import.md gives it.
        int point;
        ReadOnlySpan<char> integer, fraction;
        var grouped = false;
        if (delimiter == ',')
        {
            point = body.IndexOf('.');
        }
        else
        {
            var comma = body.IndexOf(',');
            var whole = comma >= 0 ? body[..comma] : body;
            if (comma >= 0 || IsGrouped(whole))
            {
                // 1.234.567,89 or 1234567,89 or 1.500: dots (if any) separate thousands, the comma is the decimal comma.
                grouped = whole.Contains('.');
                if (grouped && !IsGrouped(whole))
                {
                    return false;
                }
                point = comma;
            }
            else
            {
                point = body.IndexOf('.');
            }
        }
        integer = point >= 0 ? body[..point] : body;
        fraction = point >= 0 ? body[(point + 1)..] : [];
        if (point >= 0 && fraction.Length == 0)
        {
            return false;
        }
        if (!grouped && (integer.Length == 0 || integer.ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }
        if (fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        var digits = integer.Length - (grouped ? integer.Count('.') : 0) + fraction.Length;
        decimal result;
        if (digits <= 18)
        {
            ulong n = 0;
            foreach (var c in integer)
            {
                if (c != '.')
                {
                    n = n * 10 + (uint)(c - '0');
                }
            }
            foreach (var c in fraction)
            {
                n = n * 10 + (uint)(c - '0');
            }
            result = new decimal((int)(uint)n, (int)(uint)(n >> 32), 0, false, (byte)fraction.Length);
        }
        else
        {
            Span<char> invariant = digits < 256 ? stackalloc char[digits + 1] : new char[digits + 1];
            var at = 0;
            foreach (var c in integer)
            {
                if (c != '.')
                {
                    invariant[at++] = c;
                }
            }
            if (fraction.Length > 0)
            {
                invariant[at++] = '.';
                fraction.CopyTo(invariant[at..]);
                at += fraction.Length;
            }
            if (!decimal.TryParse(invariant[..at], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result))
            {
                return false;
            }
        }
        value = negative ? -result : result;
        return true;
    }

    /// <summary><c>1.500</c>, <c>12.345.678</c>: one to three digits, then groups of a dot and exactly three digits.</summary>
    private static bool IsGrouped(ReadOnlySpan<char> s)
    {
        var first = s.IndexOf('.');
        if (first is < 1 or > 3 || (s.Length - first) % 4 != 0 || s[..first].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        for (var i = first; i < s.Length; i += 4)
        {
            if (s[i] != '.' || s.Slice(i + 1, 3).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }
        return true;
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
    /// <remarks>Read by hand from the characters: <c>yyyy-MM-dd</c> with exactly 4, 2 and 2 digits, or day and month of one
    /// or two digits and a 4-digit year separated by dots; the date must exist (<c>31.02.2018</c> does not).</remarks>
    public static ParseResult<DateOnly> Date(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryDate(text.AsSpan().Trim(), out var d))
        {
            return ParseResult<DateOnly>.Fail(ImportMessages.NotADate(text));
        }
        return d < FirstDate || d > LastDate ? ParseResult<DateOnly>.Fail(ImportMessages.DateOutOfRange(text)) : ParseResult<DateOnly>.Ok(d);
    }

    private static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else
        {
            var dot = s.IndexOf('.');
            if (dot is < 1 or > 2 || !Digits(s[..dot], out day))
            {
                return false;
            }
            var rest = s[(dot + 1)..];
            dot = rest.IndexOf('.');
            if (dot is < 1 or > 2 || !Digits(rest[..dot], out month) || rest.Length - dot - 1 != 4 || !Digits(rest[(dot + 1)..], out year))
            {
                return false;
            }
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
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
}
