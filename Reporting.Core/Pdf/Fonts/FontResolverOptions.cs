namespace Reporting.Core.Pdf.Fonts;

/// <summary>Where <see cref="FontResolver"/> looks for fonts.</summary>
/// <param name="FontFolder">A folder checked first (the CLI passes <c>FUNDREPORTS_FONTS</c> or an option); null to skip.</param>
/// <param name="SearchSystemFonts">Whether the usual system font folders are searched after <paramref name="FontFolder"/>.</param>
public sealed record FontResolverOptions(string? FontFolder, bool SearchSystemFonts = true)
{
    /// <summary>The environment variable naming a font folder.</summary>
    public const string EnvironmentVariable = "FUNDREPORTS_FONTS";

    /// <summary>Options from an environment lookup (pass <c>Environment.GetEnvironmentVariable</c> or the CLI's lookup).</summary>
    public static FontResolverOptions FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var folder = lookup(EnvironmentVariable);
        return new FontResolverOptions(string.IsNullOrWhiteSpace(folder) ? null : folder);
    }
}
