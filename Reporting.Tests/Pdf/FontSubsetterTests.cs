using Reporting.Core.Pdf.Fonts;
using SkiaSharp;

namespace Reporting.Tests.Pdf;

public sealed class FontSubsetterTests
{
    [Test]
    public void Subset_KeptGlyphsHaveOutlinesAndDroppedOnesAreEmpty()
    {
        var face = TestFonts.Set.Regular;
        ushort a = face.GlyphFor('A')!.Value;
        ushort b = face.GlyphFor('B')!.Value;

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face.Data, [a])));
        using var font = new SKFont(typeface, 100f);

        Assert.That(typeface, Is.Not.Null);
        using var pathA = font.GetGlyphPath(a);
        using var pathB = font.GetGlyphPath(b);
        Assert.That(pathA.IsEmpty, Is.False);
        Assert.That(pathB.IsEmpty, Is.True);
    }

    [Test]
    public void Subset_CompositeUmlaut_KeepsItsComponents()
    {
        var face = TestFonts.Set.Regular;
        ushort umlaut = face.GlyphFor('ü')!.Value;

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(face.Data, [umlaut])));
        using var font = new SKFont(typeface, 100f);
        using var path = font.GetGlyphPath(umlaut);
        using var original = new SKFont(SKTypeface.FromData(SKData.CreateCopy(face.Data)), 100f);
        using var originalPath = original.GetGlyphPath(umlaut);

        Assert.That(path.Bounds, Is.EqualTo(originalPath.Bounds));
    }

    [Test]
    public void Subset_FewGlyphs_MuchSmallerAndAdvancesOfKeptGlyphsUnchanged()
    {
        var face = TestFonts.Set.Regular;
        var glyphs = "Seite 1 von 2".Select(c => face.GlyphFor(c)!.Value).Distinct().ToArray();

        var subset = FontSubsetter.Subset(face.Data, glyphs);
        using var font = new SKFont(SKTypeface.FromData(SKData.CreateCopy(subset)), 10f) { LinearMetrics = true, Hinting = SKFontHinting.None };
        using var full = new SKFont(SKTypeface.FromData(SKData.CreateCopy(face.Data)), 10f) { LinearMetrics = true, Hinting = SKFontHinting.None };

        Assert.That(subset.Length, Is.LessThan(face.Data.Length / 4));
        Assert.That(font.GetGlyphWidths(glyphs), Is.EqualTo(full.GetGlyphWidths(glyphs)));
    }
}
