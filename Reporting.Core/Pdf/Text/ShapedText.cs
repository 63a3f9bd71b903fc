namespace Reporting.Core.Pdf.Text;

/// <summary>
/// HarfBuzz output for one string in one face, size independent: glyph ids and advances in em
/// (multiply by the font size for points). <see cref="Clusters"/> are UTF-16 indexes into the source string.
/// </summary>
public sealed class ShapedText
{
    internal ShapedText(ushort[] glyphs, float[] advances, int[] clusters)
    {
        Glyphs = glyphs;
        Advances = advances;
        Clusters = clusters;
        Width = advances.Sum();
    }

    /// <summary>Glyph ids in the face.</summary>
    public IReadOnlyList<ushort> Glyphs { get; }

    /// <summary>Advance of each glyph in em.</summary>
    public IReadOnlyList<float> Advances { get; }

    /// <summary>Index of the first UTF-16 char each glyph belongs to.</summary>
    public IReadOnlyList<int> Clusters { get; }

    /// <summary>Total advance in em.</summary>
    public float Width { get; }

    internal ushort[] GlyphArray => (ushort[])Glyphs;

    internal float[] AdvanceArray => (float[])Advances;
}
