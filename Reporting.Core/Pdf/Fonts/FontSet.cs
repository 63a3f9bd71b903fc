namespace Reporting.Core.Pdf.Fonts;

/// <summary>
/// The regular and bold faces a document is set in, and the fallback faces found so far for characters those two
/// cannot draw (see <see cref="IFontFallback"/>). Safe to share between documents rendered one after another or at once.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly object _gate = new();
    private readonly List<FontFace> _fallbacks = new();
    private readonly Dictionary<(int CodePoint, PdfFontStyle Style), int> _lookups = new();

    /// <summary>Wraps two loaded faces; the set owns and disposes them and <paramref name="fallback"/>.</summary>
    public FontSet(FontFace regular, FontFace bold, IFontFallback? fallback = null)
    {
        Regular = regular ?? throw new ArgumentNullException(nameof(regular));
        Bold = bold ?? throw new ArgumentNullException(nameof(bold));
        Fallback = fallback;
    }

    /// <summary>The regular face.</summary>
    public FontFace Regular { get; }

    /// <summary>The bold face.</summary>
    public FontFace Bold { get; }

    /// <summary>Where faces for characters missing from <see cref="Regular"/> and <see cref="Bold"/> come from; null for none.</summary>
    public IFontFallback? Fallback { get; }

    /// <summary>Loads the two files found by <see cref="FontResolver"/>.</summary>
    public static FontSet Load(FontFiles files, IFontFallback? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new FontSet(FontFace.Load(files.Regular), FontFace.Load(files.Bold), fallback);
    }

    /// <summary>The shipped DejaVu Sans pair (<see cref="ShippedFonts"/>).</summary>
    public static FontSet Shipped(IFontFallback? fallback = null) =>
        new(FontFace.FromBytes(ShippedFonts.Regular), FontFace.FromBytes(ShippedFonts.Bold), fallback);

    /// <summary>The face for a style.</summary>
    public FontFace this[PdfFontStyle style] => style == PdfFontStyle.Bold ? Bold : Regular;

    /// <summary>Fallback face number <paramref name="number"/> (1-based, as <see cref="FallbackFor"/> returns it).</summary>
    public FontFace FallbackFace(int number)
    {
        lock (_gate)
        {
            return _fallbacks[number - 1];
        }
    }

    /// <summary>The number (1-based) of a fallback face that draws <paramref name="codePoint"/>, or 0 when there is none.</summary>
    public int FallbackFor(int codePoint, PdfFontStyle style)
    {
        if (Fallback is null)
        {
            return 0;
        }

        lock (_gate)
        {
            if (_lookups.TryGetValue((codePoint, style), out var known))
            {
                return known;
            }

            int number = _fallbacks.FindIndex(f => f.GlyphFor(codePoint) is not null) + 1;
            if (number == 0 && Fallback.FaceFor(codePoint, style) is { } face && face.GlyphFor(codePoint) is not null)
            {
                number = _fallbacks.IndexOf(face) + 1;
                if (number == 0)
                {
                    _fallbacks.Add(face);
                    number = _fallbacks.Count;
                }
            }

            _lookups[(codePoint, style)] = number;
            return number;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        (Fallback as IDisposable)?.Dispose();
    }
}
