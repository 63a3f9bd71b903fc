using Reporting.Core.Pdf;
using Reporting.Core.Pdf.Text;
using SkiaSharp;

namespace Reporting.Tests.Pdf;

public sealed class TextShaperTests
{
    [TestCase("1.234,56 €")]
    [TestCase("Größe Übersicht Maßnahmen")]
    [TestCase("Qualifizierung")]
    public void Measure_GermanText_EqualsSumOfFontAdvances(string text)
    {
        var shaper = new TextShaper(TestFonts.Set);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(TestFonts.Set.Regular.Data));
        using var font = new SKFont(typeface, 10f) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };

        float expected = font.GetGlyphWidths(font.GetGlyphs(text)).Sum();

        Assert.That(shaper.Measure(text, new TextStyle(10f)), Is.EqualTo(expected).Within(0.001f));
    }

    [Test]
    public void Shape_Fi_NoLigatureSoEachCharacterKeepsItsGlyph()
    {
        var shaped = new TextShaper(TestFonts.Set).Shape("Qualifizierung", PdfFontStyle.Regular);

        Assert.That(shaped.Glyphs, Has.Count.EqualTo("Qualifizierung".Length));
    }

    [Test]
    public void Measure_Bold_WiderThanRegular()
    {
        var shaper = new TextShaper(TestFonts.Set);

        Assert.That(shaper.Measure("Summe", TextStyle.BodyBold), Is.GreaterThan(shaper.Measure("Summe", TextStyle.Body)));
    }

    [Test]
    public void Wrap_LongText_EveryLineFitsAndNoWordIsLost()
    {
        var shaper = new TextShaper(TestFonts.Set);
        const string Text = "Die Ausgaben wurden wirtschaftlich und sparsam verwendet; größere Beträge über 1.234,56 € sind einzeln belegt.";

        var lines = shaper.Wrap(Text, TextStyle.Body, 150f);

        Assert.That(lines, Has.Count.GreaterThan(2));
        Assert.That(lines.Select(l => l.Width), Is.All.LessThanOrEqualTo(150f));
        Assert.That(string.Join(" ", lines.Select(l => l.Text)), Is.EqualTo(Text));
    }

    [Test]
    public void Wrap_WordLongerThanLine_BrokenInsideTheWord()
    {
        var shaper = new TextShaper(TestFonts.Set);

        var lines = shaper.Wrap("Donaudampfschifffahrtsgesellschaftskapitän", TextStyle.Body, 60f);

        Assert.That(lines.Select(l => l.Width), Is.All.LessThanOrEqualTo(60f));
        Assert.That(string.Concat(lines.Select(l => l.Text)), Is.EqualTo("Donaudampfschifffahrtsgesellschaftskapitän"));
    }

    [Test]
    public void Wrap_ExplicitNewline_StartsNewLine()
    {
        var lines = new TextShaper(TestFonts.Set).Wrap("a\nb", TextStyle.Body, 500f);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "a", "b" }));
    }
}
