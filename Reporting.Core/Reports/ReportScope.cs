using System.Text;
using Reporting.Core.Domain;

namespace Reporting.Core.Reports;

public enum ScopeKind
{
    Project,
    Program,
    Funder,
    Recipient,
    Region,
    All,
}

/// <summary>Which projects a report covers: one project, or all projects of a program, funder, recipient or region, or all.</summary>
public sealed record ReportScope(ScopeKind Kind, string? Value)
{
    public static readonly ReportScope AllProjects = new(ScopeKind.All, null);

    public static ReportScope Project(string id) => new(ScopeKind.Project, id);

    public IReadOnlyList<ProjectSnapshot> Select(DataSet data) => Kind switch
    {
        ScopeKind.Project => data.Projects.Where(p => p.Project.Id.Value == Value).ToList(),
        ScopeKind.Program => data.Projects.Where(p => p.Project.ProgramId.Value == Value).ToList(),
        ScopeKind.Funder => data.Projects.Where(p => Same(p.Program.Funder, Value)).ToList(),
        ScopeKind.Recipient => data.Projects.Where(p => Same(p.Project.Recipient, Value)).ToList(),
        ScopeKind.Region => data.Projects.Where(p => Same(p.Project.Region, Value)).ToList(),
        _ => data.Projects,
    };

    /// <summary>True when the project belongs to this scope (funder, recipient and region compared trimmed, ignoring case).</summary>
    public bool Includes(Storage.ProjectEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Kind switch
        {
            ScopeKind.Project => entry.Project.Id.Value == Value,
            ScopeKind.Program => entry.Project.ProgramId.Value == Value,
            ScopeKind.Funder => Same(entry.Program.Funder, Value),
            ScopeKind.Recipient => Same(entry.Project.Recipient, Value),
            ScopeKind.Region => Same(entry.Project.Region, Value),
            _ => true,
        };
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>How the scope is named in file names: <c>SCLA</c>, <c>program-P-LAND</c>, <c>funder-Land</c>, <c>all</c>.</summary>
    public string FileKey => Kind switch
    {
        ScopeKind.Project => Safe(Value!),
        ScopeKind.All => "all",
        _ => $"{Kind.ToString().ToLowerInvariant()}-{Safe(Value!)}",
    };

    /// <summary>For headings: <c>Programm P-LAND</c>, <c>Region Dortmund</c>, <c>alle Projekte</c>.</summary>
    public string Describe() => Kind switch
    {
        ScopeKind.Project => $"Projekt {Value}",
        ScopeKind.Program => $"Programm {Value}",
        ScopeKind.Funder => $"Mittelgeber {Value}",
        ScopeKind.Recipient => $"Zuwendungsempfänger {Value}",
        ScopeKind.Region => $"Region {Value}",
        _ => "alle Projekte",
    };

    /// <summary>The most characters of an id kept readable in a file name; a longer id is cut there and hashed.</summary>
    public const int MaxReadableLength = 64;

    /// <summary>An id as it appears in file names. An id of ASCII letters, digits, '-', '_' and '.' (at most
    /// <see cref="MaxReadableLength"/> characters) stays as it is: <c>SCLA-DO</c>. Any other id is made readable (German
    /// umlauts transliterated, every other character '_', cut to the limit) and gets '~' and the first 6 hex digits of the
    /// SHA-256 of the id's UTF-8 bytes, so ids that read alike never share a name: <c>A B</c> is <c>A_B~fea4c5</c>,
    /// <c>A/B</c> is <c>A_B~998d3e</c>, and <c>A_B</c> stays <c>A_B</c>. A kept id never contains '~'.</summary>
    public static string Safe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'Ä' => "Ae", 'Ö' => "Oe", 'Ü' => "Ue", 'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' => c.ToString(),
                _ => "_",
            });
        }
        var readable = sb.ToString();
        if (readable == text && text.Length is > 0 and <= MaxReadableLength)
        {
            return text;
        }
        if (readable.Length > MaxReadableLength)
        {
            readable = readable[..MaxReadableLength];
        }
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];
        return $"{readable}~{hash}";
    }

    public override string ToString() => Kind == ScopeKind.All ? "all" : $"{Kind.ToString().ToLowerInvariant()} {Value}";
}
