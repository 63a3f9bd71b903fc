namespace Reporting.Core.Pdf.Text;

/// <summary>
/// HarfBuzz output for one string, size independent: glyph ids and advances in em (multiply by the font size for
/// points). <see cref="Clusters"/> are UTF-16 indexes into the source string. Glyphs come from the style's face unless
/// <see cref="FaceNumbers"/> names a fallback face for them.
/// </summary>
internal sealed class ShapedText
{
    internal ShapedText(ushort[] glyphs, float[] advances, int[] clusters, byte[]? faces = null)
    {
        Glyphs = glyphs;
        Advances = advances;
        Clusters = clusters;
        Faces = faces;
        Width = advances.Sum();
    }

    /// <summary>Glyph ids in the face each glyph is drawn with.</summary>
    public IReadOnlyList<ushort> Glyphs { get; }

    /// <summary>Advance of each glyph in em.</summary>
    public IReadOnlyList<float> Advances { get; }

    /// <summary>Index of the first UTF-16 char each glyph belongs to.</summary>
    public IReadOnlyList<int> Clusters { get; }

    /// <summary>Per glyph: 0 for the style's own face, else the number of the fallback face
    /// (<see cref="Fonts.FontSet.FallbackFace"/>); empty when every glyph is from the style's face.</summary>
    public IReadOnlyList<byte> FaceNumbers => Faces ?? [];

    /// <summary>Total advance in em.</summary>
    public float Width { get; }

    internal ushort[] GlyphArray => (ushort[])Glyphs;

    internal float[] AdvanceArray => (float[])Advances;

    internal byte[]? Faces { get; }

    /// <summary>The embedding slot of glyph <paramref name="index"/>: 0 regular, 1 bold, 1 + n fallback face n.</summary>
    internal int SlotOf(int index, PdfFontStyle style) =>
        Faces is { } f && f[index] != 0 ? 1 + f[index] : (style == PdfFontStyle.Bold ? 1 : 0);
}
