using Reporting.Core.Reports;
using Reporting.Web.Html;

namespace Reporting.Web.Pages;

/// <summary>Links to <c>/berichte/{form}</c> and the names of its scope parameters.</summary>
internal static class ReportLinks
{
    /// <summary>The query parameter of each scope kind; <c>alle=ja</c> (or none) for all projects.</summary>
    public static readonly IReadOnlyList<(string Parameter, ScopeKind Kind)> ScopeParameters =
    [
        ("projekt", ScopeKind.Project),
        ("programm", ScopeKind.Program),
        ("mittelgeber", ScopeKind.Funder),
        ("region", ScopeKind.Region),
        ("empfaenger", ScopeKind.Recipient),
    ];

    public const string AllParameter = "alle";

    public const string PublishParameter = "veroeffentlichung";

    public static string Url(string form, ReportScope scope, string period, string format, bool published, string? keyDate)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameter = scope.Kind == ScopeKind.All ? AllParameter : ScopeParameters.First(p => p.Kind == scope.Kind).Parameter;
        return SiteUrl.Of("/berichte/" + SiteUrl.Segment(form),
            (parameter, scope.Kind == ScopeKind.All ? "ja" : scope.Value),
            ("zeitraum", period),
            ("format", format),
            (PublishParameter, published ? "ja" : null),
            ("stichtag", keyDate));
    }
}
