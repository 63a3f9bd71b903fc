using System.Reflection;

namespace Reporting.Core.Audit;

/// <summary>Who ran a command and with which program: the operating-system user and the tool's version, recorded with
/// every import and report run (docs/audit.md).</summary>
public sealed record AuditActor(string User, string ToolVersion)
{
    /// <summary>The user this process runs as and the informational version of <paramref name="tool"/> (the program's
    /// assembly; Core's own when null).</summary>
    public static AuditActor Current(Assembly? tool = null)
    {
        var assembly = tool ?? typeof(AuditActor).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var user = Environment.UserName;
        return new AuditActor(string.IsNullOrWhiteSpace(user) ? "unknown" : user, version);
    }
}
