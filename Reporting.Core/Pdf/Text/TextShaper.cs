using HarfBuzzSharp;
using Reporting.Core.Pdf.Fonts;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Reporting.Core.Pdf.Text;

/// <summary>
/// Shapes strings with HarfBuzz (so widths are exact for umlauts, ß, €) and caches the results per document.
/// Characters the style's face lacks are shaped in a fallback face (<see cref="FontSet.FallbackFor"/>); those no font
/// has are collected in <see cref="Warnings"/>. Not thread safe: one shaper per document being laid out.
/// </summary>
internal sealed partial class TextShaper
{
    private const int CacheLimit = 20_000;
    private readonly Dictionary<(string, PdfFontStyle), ShapedText> _cache = new();
    /// <summary>
    /// Ligatures and kerning are off: every glyph then maps to one character and sits at its natural advance, so
    /// PDF readers extract and search words exactly ("Qualifizierung", not "Quali\uFB01zierung" or "Zuw endung").
    /// </summary>
    private static readonly Feature[] Features =
        [new Feature(Tag.Parse("liga"), 0), new Feature(Tag.Parse("clig"), 0), new Feature(Tag.Parse("kern"), 0)];

    private readonly HbBuffer _buffer = new();

    /// <summary>Creates a shaper over the document's fonts.</summary>
    public TextShaper(FontSet fonts)
    {
        Fonts = fonts ?? throw new ArgumentNullException(nameof(fonts));
    }

    /// <summary>The fonts text is shaped in.</summary>
    public FontSet Fonts { get; }

    /// <summary>Shapes <paramref name="text"/> in the face for <paramref name="style"/>, with fallback faces where needed.</summary>
    public ShapedText Shape(string text, PdfFontStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_cache.TryGetValue((text, style), out var cached))
        {
            return cached;
        }

        var face = Fonts[style];
        var shaped = ShapeRun(face, text, 0, text.Length);
        if (Array.IndexOf(shaped.GlyphArray, (ushort)0) >= 0)
        {
            shaped = WithFallback(text, style, face) ?? shaped;
        }

        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[(text, style)] = shaped;
        return shaped;
    }

    /// <summary>A single-line run of <paramref name="text"/>.</summary>
    public TextRun Run(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return new TextRun(text, style.Weight, style.Size, style.Ink, Shape(text, style.Weight));
    }

    /// <summary>Width of <paramref name="text"/> in points.</summary>
    public float Measure(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return Shape(text, style.Weight).Width * style.Size;
    }

    /// <summary>Distance from the top of a line box to the baseline for <paramref name="style"/>.</summary>
    public float BaselineOffset(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        var face = Fonts[style.Weight];
        float glyphHeight = (face.Ascent + face.Descent) * style.Size;
        return ((style.LineHeight - glyphHeight) / 2f) + (face.Ascent * style.Size);
    }

    private ShapedText ShapeRun(FontFace face, string text, int start, int length)
    {
        _buffer.ClearContents();
        _buffer.AddUtf16(text, start, length);
        _buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(_buffer, Features);
        var infos = _buffer.GlyphInfos;
        var positions = _buffer.GlyphPositions;
        var glyphs = new ushort[infos.Length];
        var advances = new float[infos.Length];
        var clusters = new int[infos.Length];
        float perUnit = 1f / face.UnitsPerEm;
        for (int i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            advances[i] = positions[i].XAdvance * perUnit;
            clusters[i] = (int)infos[i].Cluster;
        }

        return new ShapedText(glyphs, advances, clusters);
    }
}
