using System.Text;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// Chooses the fonts a document is set in: by default the shipped DejaVu Sans pair (<see cref="ShippedFonts"/>), so a
/// form looks the same on every machine; with <see cref="FontResolverOptions.FontFolder"/> the first complete regular +
/// bold pair of <see cref="Candidates"/> found in that folder (searched recursively).
/// </summary>
internal static class FontResolver
{
    /// <summary>Font families looked for in a font folder, in order, each as (family, regular file, bold file).</summary>
    public static IReadOnlyList<(string Family, string Regular, string Bold)> Candidates { get; } =
    [
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("Arial", "arial.ttf", "arialbd.ttf"),
    ];

    /// <summary>Loads the fonts <paramref name="options"/> name, with the system fallback unless it is switched off.</summary>
    /// <exception cref="FontNotFoundException">The font folder has no complete pair.</exception>
    public static FontSet Load(FontResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fallback = options.SystemFallback ? new SystemFontFallback() : null;
        return options.FontFolder is null ? FontSet.Shipped(fallback) : FontSet.Load(Resolve(options.FontFolder), fallback);
    }

    /// <summary>The first complete regular + bold pair in <paramref name="folder"/>, or <see cref="FontNotFoundException"/>
    /// naming the folder, the files looked for and the fix.</summary>
    public static FontFiles Resolve(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return FindIn(folder) ?? throw new FontNotFoundException(Describe(folder));
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

    private static string Describe(string folder)
    {
        var text = new StringBuilder("No sans font pair (regular + bold) for the PDF output in the font folder ");
        text.Append(folder);
        text.Append(Directory.Exists(folder) ? "" : " (it does not exist)");
        text.Append(". Looked for ");
        text.AppendJoin("; ", Candidates.Select(c => $"{c.Family} ({c.Regular}, {c.Bold})"));
        text.Append(". Fix: put such a pair into the folder, or leave out --fonts and unset ");
        text.Append(FontResolverOptions.EnvironmentVariable);
        text.Append(" to use the built-in ");
        text.Append(ShippedFonts.Family);
        text.Append('.');
        return text.ToString();
    }
}
