using System.Runtime.InteropServices;
using static Reporting.Core.Pdf.Fonts.NativeMethods;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// Shrinks a font for embedding with HarfBuzz's subsetter (TrueType and OpenType/CFF alike; one face of a collection
/// becomes a plain font). Glyph ids stay as they are, because text is shaped with the full font before it is drawn;
/// the glyphs asked for (plus .notdef and the parts of composite glyphs) keep their outlines and advances. The
/// characters given stay in the cmap, so a PDF reader maps the glyphs back to text. Shaping tables (GSUB, GPOS, GDEF,
/// kern) are dropped.
/// </summary>
internal static class FontSubsetter
{
    private static readonly uint[] DroppedTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("kern")];

    /// <summary>A font file with only <paramref name="glyphs"/> of <paramref name="face"/> and the cmap entries of
    /// <paramref name="codePoints"/>.</summary>
    /// <exception cref="FontException">HarfBuzz could not subset the font (a damaged file).</exception>
    public static byte[] Subset(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int>? codePoints = null)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(glyphs);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new FontException($"{face.FamilyName}: HarfBuzz could not start a subset (out of memory).");
        }

        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds | NotdefOutline);
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints ?? [])
            {
                hb_set_add(unicodes, (uint)codePoint);
            }

            var dropped = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in DroppedTables)
            {
                hb_set_add(dropped, tag);
            }

            var subset = hb_subset_or_fail(face.HarfBuzzFace.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new FontException($"{face.FamilyName}: the font file is damaged or not an OpenType/TrueType font; HarfBuzz could not subset it.");
            }

            try
            {
                return BytesOf(subset);
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>Subsets a font file given as bytes (face <paramref name="index"/> of a collection).</summary>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphs, IEnumerable<int>? codePoints = null, int index = 0)
    {
        using var face = FontFace.FromBytes(font, index);
        return Subset(face, glyphs, codePoints);
    }

    private static byte[] BytesOf(IntPtr face)
    {
        var blob = hb_face_reference_blob(face);
        try
        {
            var data = hb_blob_get_data(blob, out uint length);
            if (data == IntPtr.Zero || length == 0)
            {
                throw new FontException("HarfBuzz returned an empty subset.");
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(blob);
        }
    }

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}
