using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Web.Pages;

/// <summary>A key date given in a link or form (<c>stichtag</c>, <c>as_of</c>): <c>2019-03-26</c> or <c>26.03.2019</c>;
/// empty means today.</summary>
internal static class KeyDate
{
    public static ParseResult<DateOnly> Parse(string? text, string parameter, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<DateOnly>.Ok(today);
        }
        return DateOnly.TryParseExact(text.Trim(), [GermanFormat.IsoDatePattern, GermanFormat.DatePattern], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ParseResult<DateOnly>.Ok(date)
            : ParseResult<DateOnly>.Fail(WebMessages.NotADate(parameter, text));
    }

    /// <summary>As written in links: <c>2019-03-26</c>.</summary>
    public static string Iso(DateOnly date) => GermanFormat.IsoDate(date);
}
