using Reporting.Core.Domain;
using Reporting.Core.Figures;

namespace Reporting.Web.Pages;

/// <summary>The order of the overview's rows: a column key, ascending, or descending with a leading <c>-</c>
/// (<c>?sort=-zielerreichung</c>). <c>status</c> ascending is the engine's order, worst first. Only the order
/// changes; ties keep the engine's order.</summary>
internal sealed record OverviewSort(string Key, bool Descending)
{
    public static readonly OverviewSort Default = new("status", false);

    private static readonly Dictionary<string, Func<TargetRow, IComparable?>> Keys = new(StringComparer.Ordinal)
    {
        ["status"] = _ => null,
        ["projekt"] = r => r.ProjectId.Value,
        ["programm"] = r => r.ProgramId.Value,
        ["vermittlungen"] = r => r.PlacementsCumulative,
        ["ziel"] = r => r.TargetPlacements,
        ["zielerreichung"] = r => r.Attainment,
        ["soll"] = r => r.ExpectedByNow,
        ["prognose"] = r => r.ForecastAtEnd,
        ["mittelabfluss"] = r => r.Utilisation,
        ["frist"] = r => r.NextDeadline?.Due,
    };

    public static IReadOnlyCollection<string> Columns => Keys.Keys;

    public static ParseResult<OverviewSort> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<OverviewSort>.Ok(Default);
        }
        var t = text.Trim();
        var descending = t.StartsWith('-');
        var key = descending ? t[1..] : t;
        return Keys.ContainsKey(key)
            ? ParseResult<OverviewSort>.Ok(new OverviewSort(key, descending))
            : ParseResult<OverviewSort>.Fail(WebMessages.UnknownSort(t));
    }

    /// <summary>The rows in this order; rows without a value (no target, no deadline) come last either way.</summary>
    public IReadOnlyList<TargetRow> Apply(IReadOnlyList<TargetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Key == "status")
        {
            return Descending ? rows.Reverse().ToList() : rows;
        }
        var get = Keys[Key];
        var indexed = rows.Select((row, index) => (Row: row, Index: index, Value: get(row))).ToList();
        var withValue = indexed.Where(x => x.Value is not null);
        var ordered = Descending
            ? withValue.OrderByDescending(x => x.Value, Comparer<IComparable?>.Default).ThenBy(x => x.Index)
            : withValue.OrderBy(x => x.Value, Comparer<IComparable?>.Default).ThenBy(x => x.Index);
        return ordered.Concat(indexed.Where(x => x.Value is null)).Select(x => x.Row).ToList();
    }

    /// <summary>The order a column header links to: that column ascending, or descending when it is already sorted
    /// ascending.</summary>
    public OverviewSort Next(string key) => new(key, Key == key && !Descending);

    public override string ToString() => Descending ? "-" + Key : Key;
}
