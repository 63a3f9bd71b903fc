using Microsoft.AspNetCore.Http;
using Reporting.Core.Domain;
using Reporting.Core.Reports;

namespace Reporting.Web.Pages;

/// <summary>The overview's link: filters <c>programm</c>, <c>mittelgeber</c>, <c>region</c>, <c>empfaenger</c> (all that
/// are given must hold), the key date <c>stichtag</c> (default today) and <c>sort</c>.</summary>
internal sealed record OverviewQuery(
    string? Program,
    string? Funder,
    string? Region,
    string? Recipient,
    DateOnly KeyDate,
    bool KeyDateGiven,
    OverviewSort Sort)
{
    public static ParseResult<OverviewQuery> From(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keyDate = Pages.KeyDate.Parse(query["stichtag"], "stichtag", today);
        if (!keyDate.Success)
        {
            return ParseResult<OverviewQuery>.Fail(keyDate.Error);
        }
        var sort = OverviewSort.Parse(query["sort"]);
        if (!sort.Success)
        {
            return ParseResult<OverviewQuery>.Fail(sort.Error);
        }
        return ParseResult<OverviewQuery>.Ok(new OverviewQuery(
            Value(query, "programm"), Value(query, "mittelgeber"), Value(query, "region"), Value(query, "empfaenger"),
            keyDate.Value, !string.IsNullOrWhiteSpace(query["stichtag"]), sort.Value!));
    }

    /// <summary>The filters as report scopes.</summary>
    public IReadOnlyList<ReportScope> Filters =>
    [
        .. Program is null ? [] : new[] { new ReportScope(ScopeKind.Program, Program) },
        .. Funder is null ? [] : new[] { new ReportScope(ScopeKind.Funder, Funder) },
        .. Region is null ? [] : new[] { new ReportScope(ScopeKind.Region, Region) },
        .. Recipient is null ? [] : new[] { new ReportScope(ScopeKind.Recipient, Recipient) },
    ];

    /// <summary>How the selection is named: "Programm ST-NRW, Region Essen", or "alle Projekte".</summary>
    public string ScopeLabel => Filters.Count == 0 ? ReportScope.AllProjects.Describe() : string.Join(", ", Filters.Select(f => f.Describe()));

    /// <summary>The query of a link to this overview with another sort order.</summary>
    public string Link(OverviewSort sort) => Html.SiteUrl.Of("/",
        ("programm", Program), ("mittelgeber", Funder), ("region", Region), ("empfaenger", Recipient),
        ("stichtag", KeyDateGiven ? Pages.KeyDate.Iso(KeyDate) : null),
        ("sort", sort == OverviewSort.Default ? null : sort.ToString()));

    private static string? Value(IQueryCollection query, string name) =>
        string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString().Trim();
}
