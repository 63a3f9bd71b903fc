using Reporting.Web.Access;

namespace Reporting.Web;

/// <summary>What <c>serve</c> runs with.</summary>
/// <param name="Database">The store location, as <c>--db</c> gives it (a SQLite path or a PostgreSQL location).</param>
/// <param name="Urls">Where to listen; see <see cref="ListenUrls"/>.</param>
/// <param name="Publish">Everyone sees only published values and downloads, whatever their role.</param>
/// <param name="Access">The users who may sign in; null means no sign-in, which only loopback addresses allow.</param>
/// <param name="TemplateFolder">Where the form templates are (as for <c>report</c>).</param>
/// <param name="FontFolder">A folder with TrueType fonts for PDF files and charts, else the system's.</param>
/// <param name="Clock">Today and now, for key dates, deadlines and the time printed on forms.</param>
internal sealed record ServeOptions(
    string Database,
    IReadOnlyList<string> Urls,
    bool Publish,
    AccessFile? Access,
    string TemplateFolder,
    string? FontFolder,
    TimeProvider Clock)
{
    /// <summary>Today in local time, as the clock says.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>The first listen address that is not loopback, when there is no access file to guard it; else null.</summary>
    public string? RefusedUrl => Access is null ? Urls.FirstOrDefault(u => !ListenUrls.IsLoopback(u)) : null;
}
