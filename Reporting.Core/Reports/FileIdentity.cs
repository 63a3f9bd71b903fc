namespace Reporting.Core.Reports;

/// <summary>Whether two paths name the same file: compared as full paths with every link on the way followed (each
/// folder and the file, as far as they exist), ignoring case where the file system does (Windows, macOS).</summary>
public static class FileIdentity
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same file.</summary>
    public static bool Same(string a, string b) => SameText(Of(a), Of(b));

    /// <summary>The full path with every link in it followed, as far as it exists; a path that cannot be followed is
    /// returned as written (made full).</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var root = Path.GetPathRoot(full) ?? "";
            var resolved = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(resolved, part);
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                resolved = info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : next;
            }
            return resolved;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static bool SameText(string a, string b) => string.Equals(a, b,
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
