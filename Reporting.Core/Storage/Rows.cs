using System.Globalization;
using Reporting.Core.Domain;
using Reporting.Core.Text;

namespace Reporting.Core.Storage;

/// <summary>The text forms values take in SQLite (and in the text columns of both backends): dates as ISO
/// <c>yyyy-MM-dd</c>, flags as 0/1 with NULL for "not known", target kinds as their codes joined by <c>;</c>, enum
/// members as their codes. The record kinds' columns are mapped in <see cref="RecordMaps"/>.</summary>
public static class Rows
{
    private const string DateFormat = GermanFormat.IsoDatePattern;

    public static string Date(DateOnly d)
    {
        Span<char> text = stackalloc char[10];
        return new string(Date(d, text));
    }

    public static string? Date(DateOnly? d) => d is { } v ? Date(v) : null;

    /// <summary><paramref name="d"/> as <see cref="Date(DateOnly)"/> writes it, into <paramref name="text"/> (ten
    /// characters) instead of a new string. The digits are written directly: the import formats a date per row and
    /// column, and the general formatter costs it about a hundredth of its time.</summary>
    public static ReadOnlySpan<char> Date(DateOnly d, Span<char> text)
    {
        Digits(text[..4], d.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), d.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), d.Day);
        return text[..10];
    }

    private static void Digits(Span<char> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    public static DateOnly Date(string s) => DateOnly.ParseExact(s, DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? NullableDate(string? s) => s is null ? null : Date(s);

    public static long? Flag(bool? b) => b is null ? null : Flag(b.Value);

    public static long Flag(bool b) => b ? 1 : 0;

    public static bool? Flag(long? v) => v is null ? null : v.Value != 0;

    /// <summary>A project's target kinds as stored: their codes in member order, joined by <c>;</c>.</summary>
    public static string Kinds(IEnumerable<PlacementKind> kinds) => string.Join(';', kinds.Order().Select(k => k.Code()));

    /// <summary>The target kinds of their stored text (<see cref="Kinds"/>).</summary>
    public static IReadOnlySet<PlacementKind> ParseKinds(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(ParseCode<PlacementKind>).ToHashSet();

    public static T ParseCode<T>(string code) where T : struct, Enum =>
        Enum.GetValues<T>().Single(v => CodeOf(v) == code);

    private static string CodeOf<T>(T value) where T : struct, Enum => value switch
    {
        PlacementKind k => k.Code(),
        ExitReason r => r.Code(),
        Gender g => g.Code(),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
