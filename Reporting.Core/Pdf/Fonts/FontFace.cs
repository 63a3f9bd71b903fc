using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>One loaded font: its bytes (for subsetting), a HarfBuzz font for shaping, vertical metrics and its family name.</summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    private FontFace(byte[] data, int index, Blob blob, Face face, Font font, string familyName)
    {
        Data = data;
        Index = index;
        _blob = blob;
        _face = face;
        HarfBuzzFont = font;
        FamilyName = familyName;
        UnitsPerEm = _face.UnitsPerEm;
        font.SetScale(UnitsPerEm, UnitsPerEm);
        font.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender / (float)UnitsPerEm;
        Descent = -extents.Descender / (float)UnitsPerEm;
    }

    /// <summary>The complete font file (a whole collection for a <c>.ttc</c>).</summary>
    public byte[] Data { get; }

    /// <summary>The face's index in <see cref="Data"/> (0 unless the file is a font collection).</summary>
    public int Index { get; }

    /// <summary>The family name the font states (e.g. "DejaVu Sans"), for messages.</summary>
    public string FamilyName { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline as a fraction of the font size.</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline as a positive fraction of the font size.</summary>
    public float Descent { get; }

    internal Font HarfBuzzFont { get; }

    internal Face HarfBuzzFace => _face;

    /// <summary>Loads a font file; <paramref name="index"/> picks the face of a font collection.</summary>
    public static FontFace Load(string path, int index = 0) => FromBytes(File.ReadAllBytes(path), index);

    /// <summary>Loads a font from its bytes.</summary>
    public static FontFace FromBytes(byte[] data, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Our own unmanaged copy, freed by HarfBuzz when the blob dies. (Blob.FromStream's buffer did not stay
        // valid: a second font loaded later showed through, so regular text got bold advances.)
        var memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        var blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        var face = new Face(blob, index);
        var font = new Font(face);
        font.SetFunctionsOpenType();
        return new FontFace(data, index, blob, face, font, FamilyNameOf(data, index));
    }

    /// <summary>The glyph id for a code point, or null when the font has none.</summary>
    public ushort? GlyphFor(int codePoint) =>
        HarfBuzzFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0 ? (ushort)glyph : null;

    /// <inheritdoc />
    public void Dispose()
    {
        HarfBuzzFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    private static string FamilyNameOf(byte[] data, int index)
    {
        using var skData = SKData.CreateCopy(data);
        using var typeface = SKTypeface.FromData(skData, index);
        return typeface?.FamilyName ?? "unnamed font";
    }
}
