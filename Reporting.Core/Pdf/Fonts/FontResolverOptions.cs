namespace Reporting.Core.Pdf.Fonts;

/// <summary>Which fonts <see cref="FontResolver"/> loads.</summary>
/// <param name="FontFolder">A folder with the regular and bold font to use instead of the shipped DejaVu Sans (the CLI
/// passes <c>--fonts</c> or <c>FUNDREPORTS_FONTS</c>); null for the shipped pair.</param>
/// <param name="SystemFallback">Whether characters the fonts cannot draw are looked up in the system's fonts
/// (<see cref="SystemFontFallback"/>); without it they are only reported.</param>
public sealed record FontResolverOptions(string? FontFolder, bool SystemFallback = true)
{
    /// <summary>The environment variable naming a font folder.</summary>
    public const string EnvironmentVariable = "FUNDREPORTS_FONTS";

    /// <summary>The environment variable that switches the system fallback off when set to <c>off</c>.</summary>
    public const string FallbackVariable = "FUNDREPORTS_FONT_FALLBACK";

    /// <summary>Options from an environment lookup (pass <c>Environment.GetEnvironmentVariable</c> or the CLI's lookup).</summary>
    public static FontResolverOptions FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var folder = lookup(EnvironmentVariable);
        return new FontResolverOptions(string.IsNullOrWhiteSpace(folder) ? null : folder, FallbackEnabled(lookup));
    }

    /// <summary>False when <see cref="FallbackVariable"/> is <c>off</c>.</summary>
    public static bool FallbackEnabled(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return !string.Equals(lookup(FallbackVariable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase);
    }
}
