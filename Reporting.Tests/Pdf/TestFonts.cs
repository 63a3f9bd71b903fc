using Reporting.Core.Pdf.Fonts;

namespace Reporting.Tests.Pdf;

/// <summary>The system's DejaVu/Liberation pair, loaded once for all PDF tests.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontSet> Loaded = new(() => FontSet.Load(FontResolver.Resolve(new FontResolverOptions(null))));

    public static FontSet Set => Loaded.Value;
}
