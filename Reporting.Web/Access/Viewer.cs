using System.Security.Claims;

namespace Reporting.Web.Access;

/// <summary>Who is looking: a signed-in user with a role, or (without an access file) anyone on this machine.</summary>
/// <param name="Name">The user name; null without an access file.</param>
/// <param name="Published">Only published values and downloads (role <c>veroeffentlicht</c>, or <c>--publish</c>).</param>
internal sealed record Viewer(string? Name, string Role, bool Published)
{
    public static Viewer Of(ClaimsPrincipal user, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        var role = options.Access is null ? Roles.Internal : user.FindFirstValue(ClaimTypes.Role) ?? Roles.Published;
        var name = options.Access is null ? null : user.Identity?.Name;
        return new Viewer(name, role, options.Publish || role != Roles.Internal);
    }
}
