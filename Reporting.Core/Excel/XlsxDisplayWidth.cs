namespace Reporting.Core.Excel;

/// <summary>
/// How many characters a cell shows in a German Excel, worked out from its value and number format without building
/// the text: <c>1.234.567,89 €</c> is 14, <c>71,9 %</c> 6, a date 10, a text its longest line. Used to size columns
/// (<see cref="XlsxColumn.FitToContent"/>), with the same padding and bold allowance the tests check widths with.
/// </summary>
internal static class XlsxDisplayWidth
{
    /// <summary>Bold text counts this much wider.</summary>
    public const double BoldFactor = 1.1;

    /// <summary>Characters added to the longest value: room for the filter button and the cell margin.</summary>
    public const double Padding = 2;

    /// <summary>"General" shows at most 11 characters of a number before it switches to an exponent.</summary>
    private const int GeneralMax = 11;

    public static double Characters(in XlsxCell cell, XlsxStyle style) => cell.Kind switch
    {
        XlsxCellKind.Empty => 0,
        XlsxCellKind.Text => LongestLine(cell.TextValue!),
        _ => Number(cell.NumberValue, style),
    };

    public static int Number(decimal value, XlsxStyle style)
    {
        var sign = value < 0 ? 1 : 0;
        return style switch
        {
            XlsxStyle.Date => 10,
            XlsxStyle.Integer => sign + Grouped(Digits(Math.Round(value, 0, MidpointRounding.AwayFromZero))),
            XlsxStyle.Amount => sign + Grouped(Digits(Math.Round(value, 2, MidpointRounding.AwayFromZero))) + 3,
            XlsxStyle.Euro => sign + Grouped(Digits(Math.Round(value, 2, MidpointRounding.AwayFromZero))) + 5,
            XlsxStyle.Percent => sign + Digits(Math.Round(value * 100, 1, MidpointRounding.AwayFromZero)) + 4,
            _ => Math.Min(GeneralMax, sign + General(value)),
        };
    }

    /// <summary>Characters of the longest line, counting a surrogate pair as one.</summary>
    public static int LongestLine(ReadOnlySpan<char> text)
    {
        var longest = 0;
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
            var length = line.Length;
            if (length > longest)
            {
                // Only a line that could be the longest is scanned for pairs.
                foreach (var c in line)
                {
                    if (char.IsLowSurrogate(c))
                    {
                        length--;
                    }
                }
                longest = Math.Max(longest, length);
            }
            if (end < 0)
            {
                return longest;
            }
            text = text[(end + 1)..];
        }
    }

    /// <summary>Digits before the decimal point (at least 1).</summary>
    private static int Digits(decimal value)
    {
        var whole = decimal.Truncate(Math.Abs(value));
        var digits = 1;
        while (whole >= 10m)
        {
            whole = decimal.Truncate(whole / 10m);
            digits++;
        }
        return digits;
    }

    /// <summary>Digits with a thousands separator every three.</summary>
    private static int Grouped(int digits) => digits + (digits - 1) / 3;

    private static int General(decimal value)
    {
        Span<byte> text = stackalloc byte[XlsxNumber.MaxLength];
        var length = XlsxNumber.Format(Math.Abs(value), text);
        return length;
    }
}
