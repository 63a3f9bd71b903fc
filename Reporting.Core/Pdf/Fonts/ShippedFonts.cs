namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// The fonts the program carries inside itself: DejaVu Sans and DejaVu Sans Bold 2.37 (Reporting.Core/Fonts, licence in
/// LICENSE-DejaVu.txt beside the program). Every machine then lays a form out alike: same line breaks, same page count.
/// </summary>
internal static class ShippedFonts
{
    /// <summary>The family name of the shipped pair.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>DejaVuSans.ttf.</summary>
    public static byte[] Regular => Read("DejaVuSans.ttf");

    /// <summary>DejaVuSans-Bold.ttf.</summary>
    public static byte[] Bold => Read("DejaVuSans-Bold.ttf");

    private static byte[] Read(string file)
    {
        using var stream = typeof(ShippedFonts).Assembly.GetManifestResourceStream("Reporting.Core.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is missing from Reporting.Core (build problem).");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
