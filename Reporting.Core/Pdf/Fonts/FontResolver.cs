using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// Finds a regular and a bold sans font: first in <see cref="FontResolverOptions.FontFolder"/>, then in the
/// system font folders and fontconfig's configured folders (DejaVu Sans, Liberation Sans, Noto Sans, Arial), searched
/// recursively like fontconfig does.
/// </summary>
public static class FontResolver
{
    /// <summary>Font families tried in order, each as (family, regular file, bold file).</summary>
    public static IReadOnlyList<(string Family, string Regular, string Bold)> Candidates { get; } =
    [
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("Arial", "arial.ttf", "arialbd.ttf"),
    ];

    /// <summary>System folders searched (recursively) when <see cref="FontResolverOptions.SearchSystemFonts"/> is set.</summary>
    public static IReadOnlyList<string> SystemFolders { get; } =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    /// <summary>Returns the first complete regular + bold pair, or throws <see cref="FontNotFoundException"/>.</summary>
    public static FontFiles Resolve(FontResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folders = new List<string>();
        if (options.FontFolder is not null)
        {
            folders.Add(options.FontFolder);
        }

        if (options.SearchSystemFonts)
        {
            folders.AddRange(SystemFolders.Concat(FontconfigFolders()).Where(f => !string.IsNullOrEmpty(f)).Distinct(StringComparer.Ordinal));
        }

        foreach (var folder in folders)
        {
            var found = FindIn(folder);
            if (found is not null)
            {
                return found;
            }
        }

        throw new FontNotFoundException(Describe(folders));
    }

    /// <summary>The plain <c>&lt;dir&gt;</c> entries of /etc/fonts/fonts.conf (fontconfig's own search path), if present.</summary>
    private static IEnumerable<string> FontconfigFolders()
    {
        const string config = "/etc/fonts/fonts.conf";
        if (!File.Exists(config))
        {
            return [];
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Regex.Matches(File.ReadAllText(config), "<dir>([^<]+)</dir>")
            .Select(m => m.Groups[1].Value.Trim())
            .Select(d => d.StartsWith('~') ? home + d[1..] : d)
            .ToList();
    }

    private static FontFiles? FindIn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(folder, "*.ttf", SearchOption.AllDirectories)
            .GroupBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p, StringComparer.Ordinal).First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (_, regular, bold) in Candidates)
        {
            if (files.TryGetValue(regular, out var r) && files.TryGetValue(bold, out var b))
            {
                return new FontFiles(r, b);
            }
        }

        return null;
    }

    private static string Describe(IReadOnlyList<string> folders)
    {
        var text = new StringBuilder("No sans font (regular + bold) found for the PDF output. Looked for ");
        text.AppendJoin("; ", Candidates.Select(c => $"{c.Family} ({c.Regular}, {c.Bold})"));
        text.Append(" in ");
        text.Append(folders.Count == 0 ? "no folder" : string.Join(", ", folders));
        text.Append(". Fix: install the fonts (apt-get install fonts-dejavu-core) or set ");
        text.Append(FontResolverOptions.EnvironmentVariable);
        text.Append(" to a folder containing DejaVuSans.ttf and DejaVuSans-Bold.ttf.");
        return text.ToString();
    }
}
