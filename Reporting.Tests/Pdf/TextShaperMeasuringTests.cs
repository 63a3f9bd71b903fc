using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Text;
using Reporting.Tests.Support;

namespace Reporting.Tests.Pdf;

/// <summary>Column widths are measured from cached advances for simple text; that must give exactly what shaping
/// gives, or a word measured to fit could still be broken.</summary>
public sealed class TextShaperMeasuringTests
{
    /// <summary>Every cell of every sample CSV, plus texts with a lone € and with characters outside the fast path.</summary>
    private static IEnumerable<string> Texts() =>
        Directory.GetFiles(RepoPaths.Samples, "*.csv", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .SelectMany(l => l.Split(';', ','))
            .Select(c => c.Trim('"'))
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Concat(["Einstellungsprämie 3.000 € je Einstellung", "Zuwendung – „Eigenmittel“ … 1.234,56 €", "e\u0301 combining", "Ǆ ǅ ﬁ"]);

    [TestCase(PdfFontStyle.Regular)]
    [TestCase(PdfFontStyle.Bold)]
    public void MeasureWords_SampleTexts_SameAsShapingEveryLineAndWord(PdfFontStyle weight)
    {
        var shaper = new TextShaper(TestFonts.Set);
        var style = new TextStyle(8f, weight);
        var texts = Texts().ToList();

        Assert.That(texts, Has.Count.GreaterThan(1000));
        Assert.Multiple(() =>
        {
            foreach (var text in texts)
            {
                var (line, word) = shaper.MeasureWords(text, style);
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var widestWord = words.Select((w, i) => shaper.Measure(i + 1 < words.Length && words[i + 1] is "€" or "%" ? w + " " + words[i + 1] : w, style))
                    .DefaultIfEmpty(0).Max();
                Assert.That(line, Is.EqualTo(shaper.Measure(text, style)).Within(0.001f), text);
                Assert.That(word, Is.GreaterThanOrEqualTo(widestWord - 0.001f), text);
            }
        });
    }
}
