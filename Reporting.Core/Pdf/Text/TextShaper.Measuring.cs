namespace Reporting.Core.Pdf.Text;

public sealed partial class TextShaper
{
    /// <summary>The width of the widest line of <paramref name="text"/> (lines split at <c>\n</c>) and of its widest
    /// word (split at spaces, a lone <c>€</c> or <c>%</c> counted with the word before it, as <see cref="Wrap"/> keeps
    /// them), in points, from one shaping per line.</summary>
    public (float Line, float Word) MeasureWords(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        float widestLine = 0;
        float widestWord = 0;
        foreach (var line in text.Split('\n'))
        {
            var paragraph = line.TrimEnd('\r');
            var shaped = Shape(paragraph, style.Weight);
            widestLine = Math.Max(widestLine, shaped.Width * style.Size);
            float word = 0;
            for (int i = 0; i < shaped.Glyphs.Count; i++)
            {
                int cluster = shaped.Clusters[i];
                if (cluster < paragraph.Length && paragraph[cluster] == ' ' && !UnitFollows(paragraph, cluster))
                {
                    widestWord = Math.Max(widestWord, word);
                    word = 0;
                }
                else
                {
                    word += shaped.Advances[i] * style.Size;
                }
            }

            widestWord = Math.Max(widestWord, word);
        }

        return (widestLine, widestWord);
    }

    private static bool UnitFollows(string text, int space) =>
        space + 1 < text.Length && text[space + 1] is '€' or '%' or '‰' && (space + 2 == text.Length || text[space + 2] == ' ');
}
