using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Import;

namespace Reporting.Tests.Import;

/// <summary>The hand-written number and date readers against the rules written as regular expressions and
/// <see cref="DateOnly.TryParseExact(string?, string?[], IFormatProvider?, DateTimeStyles, out DateOnly)"/>, over many
/// generated spellings: same value (and scale) or the same refusal.</summary>
public partial class CellParsersReferenceTests
{
    private const string NumberChars = "0123456789.,-+ 00.,";

    [TestCase(';')]
    [TestCase(',')]
    public void Decimal_ManySpellings_SameAsTheWrittenRules(char delimiter)
    {
        var random = new Random(4711);
        var texts = Enumerable.Range(0, 20_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => NumberChars[random.Next(NumberChars.Length)]).ToArray()))
            .Concat(["1.500", "1.50", "1.234.567,89", "12.345.678", "0,05", "-0", "+7", "-", "1.5000", "1234.567,89",
                "1.234.56", "99999999999999999999999999999999", "1234567890123456789,12", "0,0000000000000000000000000000001"]);
        foreach (var text in texts)
        {
            var actual = CellParsers.Decimal(text, delimiter);
            var expected = Reference(text, delimiter);
            Assert.That(actual.Success ? (decimal?)actual.Value : null, Is.EqualTo(expected), $"'{text}'");
            if (expected is { } e)
            {
                Assert.That(actual.Value.Scale, Is.EqualTo(e.Scale), $"scale of '{text}'");
            }
        }
    }

    [Test]
    public void Date_ManySpellings_SameAsExactFormats()
    {
        var random = new Random(815);
        const string Chars = "0123456789.-  1.";
        var texts = Enumerable.Range(0, 20_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(6, 12)).Select(_ => Chars[random.Next(Chars.Length)]).ToArray()))
            .Concat(Enumerable.Range(0, 5_000).Select(_ =>
                $"{random.Next(0, 33)}.{random.Next(0, 14)}.{random.Next(1985, 2105)}"))
            .Concat(Enumerable.Range(0, 5_000).Select(_ =>
                $"{random.Next(1985, 2105):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}"))
            .Concat(["31.02.2018", "29.02.2020", "29.02.2019", "1.7.2018", "01.07.2018", "001.07.2018", "1.7.18", "2018-7-31",
                "0000-01-01", "31.12.2100", "01.01.1990", "31.12.1989"]);
        string[] formats = ["yyyy-MM-dd", "d.M.yyyy"];
        foreach (var text in texts)
        {
            var actual = CellParsers.Date(text);
            DateOnly? expected = DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && d >= CellParsers.FirstDate && d <= CellParsers.LastDate ? d : null;
            Assert.That(actual.Success ? (DateOnly?)actual.Value : null, Is.EqualTo(expected), $"'{text}'");
        }
    }

    /// <summary>docs/import.md's number rules as regular expressions, then <see cref="decimal.TryParse(string?, out decimal)"/>.</summary>
    private static decimal? Reference(string text, char delimiter)
    {
        var s = text.Trim();
        var body = s.Length > 0 && s[0] is '-' or '+' ? s[1..] : s;
        string? invariant = null;
        if (delimiter == ',')
        {
            invariant = PointNumber().IsMatch(body) ? body : null;
        }
        else if (GroupedComma().Match(body) is { Success: true } g)
        {
            invariant = g.Groups["int"].Value.Replace(".", "", StringComparison.Ordinal)
                + (g.Groups["frac"].Success ? "." + g.Groups["frac"].Value : "");
        }
        else if (PointNumber().IsMatch(body))
        {
            invariant = body;
        }
        if (invariant is null || !decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        return s.StartsWith('-') ? -value : value;
    }

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedComma();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointNumber();
}
