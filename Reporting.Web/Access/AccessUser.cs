namespace Reporting.Web.Access;

/// <summary>One line of the access file: a user name, a role and the password hash.</summary>
internal sealed record AccessUser(string Name, string Role, PasswordHash Hash)
{
    /// <summary>The line as written to the access file: <c>NAME:ROLE:HASH</c>.</summary>
    public string ToLine() => $"{Name}:{Role}:{Hash}";
}
