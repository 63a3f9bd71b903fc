namespace Reporting.Web.Access;

/// <summary>The two roles of the access file.</summary>
internal static class Roles
{
    /// <summary>Sees every value and every download.</summary>
    public const string Internal = "intern";

    /// <summary>Sees only what may be published: small counts in breakdowns as <c>*</c> (the <c>--publish</c> path),
    /// and only published downloads.</summary>
    public const string Published = "veroeffentlicht";

    public static readonly IReadOnlyList<string> All = [Internal, Published];
}
