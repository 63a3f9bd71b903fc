namespace Reporting.Core.Pdf.Text;

internal sealed partial class TextShaper
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> points: at spaces,
    /// at explicit line breaks, and inside a word only when the word alone is too wide. A unit sign standing alone
    /// (<c>€</c>, <c>%</c>) stays on the line of the number before it.
    /// </summary>
    public IReadOnlyList<TextRun> Wrap(string text, TextStyle style, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var lines = new List<TextRun>(1);
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph.TrimEnd('\r'), style, maxWidth, lines);
        }

        return lines;
    }

    private void WrapParagraph(string text, TextStyle style, float maxWidth, List<TextRun> lines)
    {
        var whole = Run(text, style);
        if (whole.Width <= maxWidth)
        {
            lines.Add(whole);
            return;
        }

        float space = Measure(" ", style);
        var current = new List<string>();
        float width = 0;
        foreach (var word in Words(text))
        {
            float w = Measure(word, style);
            float needed = current.Count == 0 ? w : width + space + w;
            if (needed <= maxWidth)
            {
                current.Add(word);
                width = needed;
                continue;
            }

            if (current.Count > 0)
            {
                lines.Add(Run(string.Join(' ', current), style));
                current.Clear();
                width = 0;
            }

            if (w <= maxWidth)
            {
                current.Add(word);
                width = w;
            }
            else
            {
                var rest = BreakLongWord(word, style, maxWidth, lines);
                current.Add(rest);
                width = Measure(rest, style);
            }
        }

        if (current.Count > 0)
        {
            lines.Add(Run(string.Join(' ', current), style));
        }
    }

    /// <summary>The words of <paramref name="text"/>, with a lone unit sign joined to the word before it.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && word is "€" or "%" or "‰")
            {
                words[^1] += " " + word;
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }

    private string BreakLongWord(string word, TextStyle style, float maxWidth, List<TextRun> lines)
    {
        while (Measure(word, style) > maxWidth && word.Length > 1)
        {
            var shaped = Shape(word, style.Weight);
            float x = 0;
            int cut = 0;
            for (int i = 0; i < shaped.Glyphs.Count; i++)
            {
                x += shaped.Advances[i] * style.Size;
                if (x > maxWidth)
                {
                    break;
                }

                cut = i + 1 < shaped.Clusters.Count ? shaped.Clusters[i + 1] : word.Length;
            }

            cut = Math.Max(cut, char.IsHighSurrogate(word[0]) ? 2 : 1);
            lines.Add(Run(word[..cut], style));
            word = word[cut..];
        }

        return word;
    }
}
