using System.Runtime.InteropServices;

namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// HarfBuzz's subsetter (hb-subset), called in the native library that HarfBuzzSharp ships for every platform
/// (libHarfBuzzSharp on Linux, Windows and macOS exports the hb_subset_* functions; HarfBuzzSharp itself has no
/// managed wrapper for them).
/// </summary>
internal static class NativeMethods
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: glyph ids stay as in the source font.</summary>
    public const uint RetainGlyphIds = 0x2;

    /// <summary>HB_SUBSET_FLAGS_NOTDEF_OUTLINE: the .notdef box keeps its outline.</summary>
    public const uint NotdefOutline = 0x40;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    public const int DropTableTags = 3;

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_blob_destroy(IntPtr blob);
}
