using System.Globalization;
using System.Text;
using Reporting.Core.Pdf.Fonts;

namespace Reporting.Core.Pdf.Text;

internal sealed partial class TextShaper
{
    /// <summary>How many texts are remembered per missing character (only the count goes on beyond that).</summary>
    private const int TextsPerMissingCharacter = 100;

    private readonly Dictionary<int, MissingCharacter> _missing = new();

    /// <summary>
    /// The characters that neither the document's fonts nor any fallback font can draw, one line per text they were
    /// first met in: the characters with their code points, the text, and how many other texts have them. Such
    /// characters print as an empty box.
    /// </summary>
    public IReadOnlyList<string> Warnings => _missing.Values.GroupBy(m => m.FirstText, StringComparer.Ordinal)
        .OrderBy(g => g.Min(m => m.Order)).Select(g => Describe([.. g.OrderBy(m => m.Order)])).ToList();

    /// <summary>
    /// Splits <paramref name="text"/> into runs of characters drawn by the same face and shapes each run in its face;
    /// null when every character the style's face lacks is missing from the fallback fonts too.
    /// </summary>
    private ShapedText? WithFallback(string text, PdfFontStyle style, FontFace face)
    {
        var segments = new List<(int Start, int Length, int Face)>();
        int index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int number = 0;
            if (face.GlyphFor(rune.Value) is null && !Rune.IsControl(rune) && !IsDefaultIgnorable(rune.Value))
            {
                number = Fonts.FallbackFor(rune.Value, style);
                if (number == 0)
                {
                    NoteMissing(rune.Value, text, style);
                }
            }

            if (segments.Count > 0 && segments[^1].Face == number)
            {
                segments[^1] = segments[^1] with { Length = segments[^1].Length + rune.Utf16SequenceLength };
            }
            else
            {
                segments.Add((index, rune.Utf16SequenceLength, number));
            }

            index += rune.Utf16SequenceLength;
        }

        if (segments.TrueForAll(s => s.Face == 0) || segments.Max(s => s.Face) > byte.MaxValue)
        {
            return null;
        }

        var glyphs = new List<ushort>(text.Length);
        var advances = new List<float>(text.Length);
        var clusters = new List<int>(text.Length);
        var faces = new List<byte>(text.Length);
        foreach (var (start, length, number) in segments)
        {
            var part = ShapeRun(number == 0 ? face : Fonts.FallbackFace(number), text, start, length);
            glyphs.AddRange(part.GlyphArray);
            advances.AddRange(part.AdvanceArray);
            clusters.AddRange(part.Clusters);
            faces.AddRange(Enumerable.Repeat((byte)number, part.Glyphs.Count));
        }

        return new ShapedText([.. glyphs], [.. advances], [.. clusters], [.. faces]);
    }

    private void NoteMissing(int codePoint, string text, PdfFontStyle style)
    {
        if (!_missing.TryGetValue(codePoint, out var entry))
        {
            entry = new MissingCharacter(codePoint, _missing.Count, text, Fonts[style].FamilyName);
            _missing[codePoint] = entry;
        }

        entry.Add(text);
    }

    private string Describe(IReadOnlyList<MissingCharacter> group)
    {
        var first = group[0];
        var others = group.Max(m => m.TextCount) - 1;
        var what = group.Count == 1 ? "character" : "characters";
        var characters = string.Join(", ", group.Select(m => string.Create(CultureInfo.InvariantCulture, $"'{char.ConvertFromUtf32(m.CodePoint)}' (U+{m.CodePoint:X4})")));
        var where = others == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" and {others} other text{(others == 1 ? "" : "s")}");
        var fallback = Fonts.Fallback is null ? "fallback fonts are switched off" : "no fallback font on this machine has them";
        return $"{what} {characters} in \"{first.FirstText}\"{where} cannot be drawn: {first.Family} has no glyph for {(group.Count == 1 ? "it" : "them")} and {fallback}; {(group.Count == 1 ? "it prints" : "they print")} as an empty box";
    }

    /// <summary>Characters that are invisible by definition (zero-width space and joiners, soft hyphen, BOM, variation selectors).</summary>
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or (>= 0x200B and <= 0x200F) or (>= 0x2060 and <= 0x206F) or 0xFEFF or (>= 0xFE00 and <= 0xFE0F);

    /// <param name="order">When it was first met (the warnings list characters in the order of the text).</param>
    private sealed class MissingCharacter(int codePoint, int order, string firstText, string family)
    {
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
        private int _extra;

        public int CodePoint { get; } = codePoint;

        public int Order { get; } = order;

        public string FirstText { get; } = firstText;

        public string Family { get; } = family;

        public int TextCount => _texts.Count + _extra;

        public void Add(string text)
        {
            if (_texts.Contains(text))
            {
                return;
            }

            if (_texts.Count < TextsPerMissingCharacter)
            {
                _texts.Add(text);
            }
            else
            {
                _extra++;
            }
        }
    }
}
