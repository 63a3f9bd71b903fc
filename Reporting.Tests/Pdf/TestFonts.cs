using Reporting.Core.Pdf.Fonts;

namespace Reporting.Tests.Pdf;

/// <summary>The shipped DejaVu Sans pair without system fallback, loaded once for all PDF tests, so layouts and page
/// counts never depend on the fonts of the machine the tests run on.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontSet> Loaded = new(() => FontResolver.Load(new FontResolverOptions(null, SystemFallback: false)));

    public static FontSet Set => Loaded.Value;
}
