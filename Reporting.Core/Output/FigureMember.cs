using Reporting.Core.Domain;

namespace Reporting.Core.Output;

/// <summary>One named figure on its way to a writer: a value, a nested object (<see cref="Members"/>) or an array
/// (<see cref="Items"/>). The JSON writer writes it as a member; the flat CSV writes its rows (see <see cref="FigureRows"/>).</summary>
/// <remarks>A member without members, items or value is JSON <c>null</c> (an object that is not there).</remarks>
internal sealed record FigureMember(string Key, FigureCell Value = default)
{
    /// <summary>The members of a nested object, in order.</summary>
    public IReadOnlyList<FigureMember>? Members { get; init; }

    /// <summary>The items of an array: each an object (<see cref="Members"/>) or a value; the key of an item is not written.</summary>
    public IReadOnlyList<FigureMember>? Items { get; init; }

    /// <summary>False for a member only the JSON carries (arrays, and details the flat CSV leaves out).</summary>
    public bool Flat { get; init; } = true;

    public static FigureMember Of(string key, string? text) => new(key, FigureCell.Of(text));

    public static FigureMember Count(string key, int? n) => new(key, FigureCell.Count(n));

    public static FigureMember Count(string key, long? n) => new(key, FigureCell.Count(n));

    public static FigureMember Euro(string key, Money? m) => new(key, FigureCell.Euro(m));

    public static FigureMember Ratio(string key, decimal? r) => new(key, FigureCell.Ratio(r));

    public static FigureMember Decimal(string key, decimal? d) => new(key, FigureCell.Decimal(d));

    public static FigureMember Day(string key, DateOnly? d) => new(key, FigureCell.Day(d));

    public static FigureMember Flag(string key, bool b) => new(key, FigureCell.Flag(b));

    public static FigureMember Object(string key, IReadOnlyList<FigureMember> members) => new(key) { Members = members };

    /// <summary>The object, or <c>null</c> when <paramref name="value"/> is null.</summary>
    public static FigureMember Object<T>(string key, T? value, Func<T, IReadOnlyList<FigureMember>> members)
        where T : class => value is null ? new(key) : Object(key, members(value));

    public static FigureMember Array(string key, IEnumerable<FigureMember> items) => new(key) { Items = [.. items], Flat = false };

    /// <summary><c>{ "label"?, "from", "to" }</c>.</summary>
    public static FigureMember Range(string key, DateRange range, string? label = null)
    {
        FigureMember[] dates = [Day("from", range.Start), Day("to", range.End)];
        return Object(key, label is null ? dates : [Of("label", label), .. dates]);
    }

    /// <summary><c>{ "from", "to" }</c>, or <c>null</c> without a range.</summary>
    public static FigureMember Range(string key, DateRange? range) => range is { } r ? Range(key, r) : new(key);

    /// <summary>This member in the JSON only.</summary>
    public FigureMember JsonOnly() => this with { Flat = false };
}
