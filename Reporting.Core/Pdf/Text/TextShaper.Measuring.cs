namespace Reporting.Core.Pdf.Text;

internal sealed partial class TextShaper
{
    private readonly Dictionary<(char, PdfFontStyle), float> _advances = new();

    /// <summary>The width of the widest line of <paramref name="text"/> (lines split at <c>\n</c>) and of its widest
    /// word (split at spaces, a lone <c>€</c> or <c>%</c> counted with the word before it, as <see cref="Wrap"/> keeps
    /// them), in points. Text of simple characters (Latin, common punctuation, €) is summed from cached glyph advances,
    /// which is what shaping gives with ligatures and kerning off; anything else is shaped.</summary>
    public (float Line, float Word) MeasureWords(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        float widestLine = 0;
        float widestWord = 0;
        foreach (var line in text.Split('\n'))
        {
            var paragraph = line.TrimEnd('\r');
            var (lineWidth, wordWidth) = SimpleAdvances(paragraph, style.Weight) ?? ShapedWords(paragraph, style.Weight);
            widestLine = Math.Max(widestLine, lineWidth * style.Size);
            widestWord = Math.Max(widestWord, wordWidth * style.Size);
        }

        return (widestLine, widestWord);
    }

    /// <summary>Line and widest word in em from the nominal advances, or null when a character needs shaping.</summary>
    private (float Line, float Word)? SimpleAdvances(string paragraph, PdfFontStyle style)
    {
        float line = 0;
        float word = 0;
        float widest = 0;
        for (int i = 0; i < paragraph.Length; i++)
        {
            char c = paragraph[i];
            if (!IsSimple(c) || Advance(c, style) is not { } advance)
            {
                return null;
            }

            line += advance;
            if (c == ' ' && !UnitFollows(paragraph, i))
            {
                widest = Math.Max(widest, word);
                word = 0;
            }
            else
            {
                word += advance;
            }
        }

        return (line, Math.Max(widest, word));
    }

    private (float Line, float Word) ShapedWords(string paragraph, PdfFontStyle style)
    {
        var shaped = Shape(paragraph, style);
        float word = 0;
        float widest = 0;
        for (int i = 0; i < shaped.Glyphs.Count; i++)
        {
            int cluster = shaped.Clusters[i];
            if (cluster < paragraph.Length && paragraph[cluster] == ' ' && !UnitFollows(paragraph, cluster))
            {
                widest = Math.Max(widest, word);
                word = 0;
            }
            else
            {
                word += shaped.Advances[i];
            }
        }

        return (shaped.Width, Math.Max(widest, word));
    }

    private float? Advance(char c, PdfFontStyle style)
    {
        if (_advances.TryGetValue((c, style), out var known))
        {
            return known;
        }

        var face = Fonts[style];
        if (face.GlyphFor(c) is not { } glyph)
        {
            return null;
        }

        float advance = face.HarfBuzzFont.GetHorizontalGlyphAdvance(glyph) / (float)face.UnitsPerEm;
        _advances[(c, style)] = advance;
        return advance;
    }

    /// <summary>Characters that shape to exactly their own glyph at its nominal advance (no marks, no joining).</summary>
    private static bool IsSimple(char c) => c is (>= ' ' and < '\u007F') or (>= '\u00A0' and < '\u0300') or (>= '\u2010' and <= '\u2027') or '\u20AC';

    private static bool UnitFollows(string text, int space) =>
        space + 1 < text.Length && text[space + 1] is '€' or '%' or '‰' && (space + 2 == text.Length || text[space + 2] == ' ');
}
