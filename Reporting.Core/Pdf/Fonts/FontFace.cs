using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>One loaded TrueType font: its bytes (for subsetting), a HarfBuzz font for shaping, and vertical metrics.</summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob blob;
    private readonly Face face;

    private FontFace(byte[] data, Blob blob, Face face, Font font)
    {
        Data = data;
        this.blob = blob;
        this.face = face;
        HarfBuzzFont = font;
        UnitsPerEm = face.UnitsPerEm;
        font.SetScale(UnitsPerEm, UnitsPerEm);
        font.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender / (float)UnitsPerEm;
        Descent = -extents.Descender / (float)UnitsPerEm;
    }

    /// <summary>The complete font file.</summary>
    public byte[] Data { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline as a fraction of the font size.</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline as a positive fraction of the font size.</summary>
    public float Descent { get; }

    internal Font HarfBuzzFont { get; }

    /// <summary>Loads a font file.</summary>
    public static FontFace Load(string path) => FromBytes(File.ReadAllBytes(path));

    /// <summary>Loads a font from its bytes.</summary>
    public static FontFace FromBytes(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Our own unmanaged copy, freed by HarfBuzz when the blob dies. (Blob.FromStream's buffer did not stay
        // valid: a second font loaded later showed through, so regular text got bold advances.)
        var memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        var blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        var face = new Face(blob, 0);
        var font = new Font(face);
        font.SetFunctionsOpenType();
        return new FontFace(data, blob, face, font);
    }

    /// <summary>The glyph id for a code point, or null when the font has none.</summary>
    public ushort? GlyphFor(int codePoint) =>
        HarfBuzzFont.TryGetNominalGlyph(codePoint, out var glyph) ? (ushort)glyph : null;

    /// <inheritdoc />
    public void Dispose()
    {
        HarfBuzzFont.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
